#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Springdesk::Models {

// The one place where the API's coded values get the words the UI shows (English source,
// Dutch in the .ts): roles (student → Learner, teacher → Instructor, mentor → Observer, …) and
// genders. Nowhere else in the UI does a raw "student" or "teacher" appear. When the endpoint
// table's metadata gains labels for allowed values, these rows move there unchanged.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

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
};

} // namespace Springdesk::Models
