#pragma once

#include "core/api/rawparams.h"

#include <QCoreApplication>

namespace Springdesk::Api {

// Reads a call written as text — path arguments in order and NAME=VALUE assignments, as
// `springdesk-cli call` and the console take them — into raw parameters for ParamValidator.
// Values stay text; a File parameter's value names a file (optionally as @FILE) that is read.
class CallArguments
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Api::CallArguments)

public:
    // Empty on success; otherwise a translated usage error (too many path arguments, not
    // NAME=VALUE, `_key`, an unknown parameter with the function's parameters listed, a single
    // value given twice, an unreadable file).
    static QString parse(
        const Endpoint &e, const QStringList &pathArguments, const QStringList &assignments, RawParams &out);
    static QString addAssignment(const Endpoint &e, const QString &assignment, RawParams &out);
};

} // namespace Springdesk::Api
