#pragma once

#include "core/api/endpoints.h"

#include <QCoreApplication>
#include <QStringList>

namespace Springdesk::Api {

// One value of a named value set: the wire value and its untranslated label
// (QT_TRANSLATE_NOOP context "Springdesk::Api::ValueSets").
struct AllowedValue
{
    QLatin1StringView wire;
    const char *label;
};

// The shared value sets of the API, each defined once (contract 1.11, 2.2, 2.5, 2.6, 2.7).
class ValueSets
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Api::ValueSets)

public:
    static const QList<AllowedValue> &values(ValueSet set);
    // True when only these values are accepted; false when they are suggestions (the contract
    // has not seen the full list, e.g. gender).
    static bool isClosed(ValueSet set);
    static QStringList wires(ValueSet set);
    // The translated label of `wire` in `set` ("Learner" for role student), or `wire` itself.
    static QString label(ValueSet set, QStringView wire);
    // The wire value written like `text` (case-insensitive), or an empty string.
    static QString canonical(ValueSet set, QStringView text);
    // A translated name of the set for messages ("role").
    static QString setName(ValueSet set);
};

} // namespace Springdesk::Api
