#include "models/vocabulary.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

QList<Vocabulary::Term> Vocabulary::roles()
{
    return {
        {u"student"_s, tr("Learner"), tr("Learners")},
        {u"teacher"_s, tr("Instructor"), tr("Instructors")},
        {u"mentor"_s, tr("Observer"), tr("Observers")},
        {u"author"_s, tr("Author"), tr("Authors")},
        {u"designer"_s, tr("Designer"), tr("Designers")},
        {u"administrator"_s, tr("Administrator"), tr("Administrators")},
        {u"reseller"_s, tr("Reseller"), tr("Resellers")},
        {u"tenant"_s, tr("Tenant"), tr("Tenants")},
    };
}

QString Vocabulary::roleName(const QString &apiValue)
{
    for (const Term &term : roles()) {
        if (term.apiValue == apiValue)
            return term.singular;
    }
    return apiValue;
}

QString Vocabulary::roleNames(const QStringList &apiValues)
{
    QStringList names;
    for (const QString &value : apiValues)
        names << roleName(value);
    //: separator between role names in a list, e.g. "Learner, Instructor"
    return names.join(tr(", "));
}

QString Vocabulary::genderName(const QString &apiValue)
{
    if (apiValue == "male"_L1)
        return tr("Male");
    if (apiValue == "female"_L1)
        return tr("Female");
    if (apiValue == "unknown"_L1)
        //: gender not given
        return tr("Unknown");
    return apiValue;
}

} // namespace Springdesk::Models
