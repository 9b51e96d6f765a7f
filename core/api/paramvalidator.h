#pragma once

#include "core/api/apiparams.h"
#include "core/api/rawparams.h"

#include <QCoreApplication>

#include <optional>

namespace Springdesk::Api {

// One thing wrong with a call's parameters, on the parameter it concerns.
struct ParamProblem
{
    P param = P::None; // P::None for a name the API does not know
    QString name; // the wire name as given (or of the missing parameter)
    QString message; // translated, names the parameter

    bool operator==(const ParamProblem &) const = default;
};

// The outcome of validating one call: typed, normalised parameters and every problem found.
struct Validation
{
    ApiParams params; // only the parameters without problems
    QList<ParamProblem> problems;

    bool isValid() const { return problems.isEmpty(); }
    QList<ParamProblem> problemsFor(P param) const;
    // Every problem's message, in order, separated by spaces (one line).
    QString message() const;
};

// Checks a call's parameters against the endpoint table before anything is sent, and turns
// what a user typed into typed values. Every problem is reported, each on its parameter:
// unknown parameter, `_key`, a required parameter missing (one of its alternatives will do),
// a list for a single value, an empty list, invalid UTF-8, and per type: booleans
// (true/false, 1/0, yes/no, ja/nee, waar/onwaar, on/off, any case), whole numbers, numbers,
// dates (YYYY-MM-DD, empty clears), date-times (ISO 8601 with or without offset), e-mail
// addresses (empty clears), IDs (idProblem) and the allowed values of closed value sets
// (any case; sent as the table writes them).
class ParamValidator
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Api::ParamValidator)

public:
    // Raw text as typed (forms, the CLI, import cells).
    static Validation validate(Fn fn, const RawParams &raw);
    // Typed parameters from code; text values are normalised the same way.
    static Validation validate(Fn fn, const ApiParams &params);

    // The one reading of a boolean written by a person or a spreadsheet.
    static std::optional<bool> parseBool(QStringView text);
    // A value that looks like an e-mail address (local@domain.tld, no spaces).
    static bool looksLikeEmail(QStringView text);
};

} // namespace Springdesk::Api
