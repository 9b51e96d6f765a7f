#pragma once

#include "views/commandlauncher.h"

#include <QCoreApplication>
#include <QList>

namespace Springdesk::Domain {
struct User;
}

namespace Springdesk::Views {

// The Users pane's commands as CommandLauncher requests: which function, what the form starts
// with (from the cached user, through the endpoint table's user fields) and what it locks. The
// forms themselves come from the table; this only says which user they are about.
class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Views::UserCommands)

public:
    // "Amelia Berg (EMP-00001)", the login when there is no external ID.
    static QString objectLabel(const Domain::User &user);

    // addUser: an empty form.
    static CommandLauncher::Request create();
    // updateUser: the user's ID locked, every readable text field prefilled.
    static CommandLauncher::Request edit(const Domain::User &user);
    // addOrUpdateUser: prefilled like edit, nothing locked.
    static CommandLauncher::Request addOrUpdate(const Domain::User &user);
    // The user's ID (or UID) locked: addUserRoles, deleteUser, userExists.
    static CommandLauncher::Request forUser(Api::Fn fn, const Domain::User &user);
    // initializeId: the login locked, the external ID to give.
    static CommandLauncher::Request initializeId(const Domain::User &user);
    // addContentLabelUsers / deleteContentLabelUsers for several users (external IDs where every
    // one has one, else UIDs), locked.
    static CommandLauncher::Request contentLibrary(Api::Fn fn, const QList<Domain::User> &users);

private:
    static void presetId(CommandLauncher::Request &request, const Domain::User &user, bool lock);
    static void presetFields(CommandLauncher::Request &request, const Domain::User &user);
};

} // namespace Springdesk::Views
