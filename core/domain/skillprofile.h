#pragma once

#include <QString>

namespace Springdesk::Domain {

// A (skill) profile (getSkillProfiles / getStudentSkillProfiles .skillProfiles[]).
struct SkillProfile
{
    QString id;
    QString uid;
    QString name;
    QString description;

    bool operator==(const SkillProfile &) const = default;
};

} // namespace Springdesk::Domain
