#pragma once

#include "core/store/columnfilter.h"
#include "core/store/knownidregistry.h"
#include "core/store/subenvironmentrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Springdesk::Models {

// The one place where the API's coded values get the words the UI shows (English source,
// Dutch in the .ts): roles and group types (student → Learner, teacher → Instructor, mentor →
// Observer, …), genders, registry states and subenvironment link kinds, and the spellings the
// pane filters accept (`type:learner`, `type:cursist` and `type:student` all mean "student").
// Nowhere else in the UI does a raw "student" or "teacher" appear.
class Vocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Models::Vocabulary)

public:
    struct Term
    {
        QString apiValue; // as the API sends it ("student")
        QString singular; // "Learner"
        QString plural; // "Learners"
    };

    // The user roles of the API (contract 1.11), in the order the UI lists them.
    static QList<Term> roles();
    // "Learner" for "student"; an unknown value is shown as it is.
    static QString roleName(const QString &apiValue);
    // "Learner, Instructor" for {"student", "teacher"}.
    static QString roleNames(const QStringList &apiValues);
    // "Male" for "male"; an unknown value is shown as it is.
    static QString genderName(const QString &apiValue);

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
