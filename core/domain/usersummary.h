#pragma once

#include <QString>

namespace Springdesk::Domain {

// One entry of getUsers, getGroupUsers, getStudentTeachers, getTeacherStudents (contract 2.1).
struct UserSummary
{
    QString id;
    QString uid;
    QString name; // full name
    QString login;
    QString email;
    bool active = false;

    bool operator==(const UserSummary &) const = default;
};

} // namespace Springdesk::Domain
