#pragma once

#include "core/store/columnfilter.h"
#include "core/store/knownidregistry.h"
#include "core/store/subenvironmentrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Springdesk::Models {

// The words the UI shows for coded values. Roles, group types and genders are the endpoint
// table's value sets (Api::ValueSets: student → Learner, teacher → Instructor, mentor → Observer,
// …), read here, never listed again; registry states and subenvironment link kinds are the
// cache's own. Also the spellings the pane filters accept (`type:learner`, `type:cursist` and
// `type:student` all mean "student"). Nowhere else in the UI does a raw "student" appear.
class Vocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Models::Vocabulary)

public:
    // "Learner" for "student"; an unknown value is shown as it is.
    static QString roleName(const QString &apiValue);
    // "Learner, Instructor" for {"student", "teacher"}.
    static QString roleNames(const QStringList &apiValues);
    // "Male" for "male"; an unknown value is shown as it is.
    static QString genderName(const QString &apiValue);

    // "Learner group", "Instructor group", "Observer group"; the raw value for anything else.
    static QString groupType(const QString &type);
    static QList<Store::FilterKey::Choice> groupTypeChoices();
    // The user roles (the endpoint table's value set), each accepted by its API value, its
    // English label and its translated label: `role:instructor`, `role:teacher`, `role:docent`.
    static QList<Store::FilterKey::Choice> roleChoices();

    // "not checked", "exists", "missing", "deleted"; "not tracked" when not in the registry.
    static QString knownIdState(Store::KnownId::State state, bool tracked = true);
    static QList<Store::FilterKey::Choice> knownIdStateChoices();

    // "User", "User group", "Template", "Event", "Skill profile".
    static QString linkKind(Store::SubenvironmentLink::Kind kind);
};

} // namespace Springdesk::Models
