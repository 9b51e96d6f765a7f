#pragma once

#include "core/store/columnfilter.h"
#include "core/store/knownidregistry.h"
#include "core/store/subenvironmentrepository.h"

#include <QCoreApplication>

namespace Springdesk::Models {

// The words the pane models show for API values, translated, and the spellings their filters
// accept (`type:learner`, `type:cursist` and `type:student` all mean the API's "student").
// Group types: student → Learner, teacher → Instructor, mentor → Observer (the UI's vocabulary,
// contract 1.10). Registry states: unknown → not checked, exists, missing, deleted.
// Once the endpoint table carries allowed values with labels (issue 10), the group types'
// labels should come from there.
class Vocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Models::Vocabulary)

public:
    // "Learner", "Instructor", "Observer"; the raw value for anything else; empty for empty.
    static QString groupType(const QString &type);
    static QList<Store::FilterKey::Choice> groupTypeChoices();

    // "not checked", "exists", "missing", "deleted"; "not tracked" when not in the registry.
    static QString knownIdState(Store::KnownId::State state, bool tracked = true);
    static QList<Store::FilterKey::Choice> knownIdStateChoices();

    // "User", "User group", "Template", "Event", "Skill profile".
    static QString linkKind(Store::SubenvironmentLink::Kind kind);
};

} // namespace Springdesk::Models
