#include "views/usercommands.h"

#include "core/domain/user.h"

using namespace Qt::StringLiterals;
using Springdesk::Api::P;

namespace Springdesk::Views {

QString UserCommands::objectLabel(const Domain::User &user)
{
    QStringList names;
    for (const QString &part : {user.firstName, user.middleName, user.lastName}) {
        if (!part.isEmpty())
            names << part;
    }
    const QString name = names.isEmpty() ? user.login : names.join(u' ');
    const QString id = user.id.isEmpty() ? user.login : user.id;
    //: the user a command is about: name, then external ID (or login)
    return name == id || id.isEmpty() ? tr("user %1").arg(name) : tr("user %1 (%2)").arg(name, id);
}

void UserCommands::presetId(CommandLauncher::Request &request, const Domain::User &user, bool lock)
{
    const QString name = QString(Api::paramName(user.id.isEmpty() ? P::userUID : P::userID));
    request.preset.add(name, user.id.isEmpty() ? user.uid : user.id);
    if (lock)
        request.locked << name;
}

void UserCommands::presetFields(CommandLauncher::Request &request, const Domain::User &user)
{
    const Api::Endpoint &endpoint = Api::endpoint(request.fn);
    if (endpoint.spec(P::login) && !user.login.isEmpty())
        request.preset.add(P::login, user.login);
    // every field getUser reads back as text, from the one list of user fields
    for (const Api::UserField &field : Api::userFields()) {
        if (!field.text || !field.readBack || !endpoint.spec(field.param))
            continue;
        const QString value = user.*field.text;
        if (!value.isEmpty())
            request.preset.add(field.param, value);
    }
}

CommandLauncher::Request UserCommands::create()
{
    CommandLauncher::Request request;
    request.fn = Api::Fn::AddUser;
    return request;
}

CommandLauncher::Request UserCommands::edit(const Domain::User &user)
{
    CommandLauncher::Request request;
    request.fn = Api::Fn::UpdateUser;
    request.objectLabel = objectLabel(user);
    presetId(request, user, true);
    presetFields(request, user);
    return request;
}

CommandLauncher::Request UserCommands::addOrUpdate(const Domain::User &user)
{
    CommandLauncher::Request request;
    request.fn = Api::Fn::AddOrUpdateUser;
    request.objectLabel = objectLabel(user);
    if (!user.id.isEmpty())
        presetId(request, user, false);
    presetFields(request, user);
    return request;
}

CommandLauncher::Request UserCommands::forUser(Api::Fn fn, const Domain::User &user)
{
    CommandLauncher::Request request;
    request.fn = fn;
    request.objectLabel = objectLabel(user);
    presetId(request, user, true);
    return request;
}

CommandLauncher::Request UserCommands::initializeId(const Domain::User &user)
{
    CommandLauncher::Request request;
    request.fn = Api::Fn::InitializeId;
    request.objectLabel = objectLabel(user);
    request.preset.add(P::login, user.login);
    request.locked << QString(Api::paramName(P::login));
    return request;
}

CommandLauncher::Request UserCommands::contentLibrary(Api::Fn fn, const QList<Domain::User> &users)
{
    CommandLauncher::Request request;
    request.fn = fn;
    bool allHaveIds = true;
    for (const Domain::User &user : users)
        allHaveIds = allHaveIds && !user.id.isEmpty();
    QStringList values;
    for (const Domain::User &user : users)
        values << (allHaveIds ? user.id : user.uid);
    const QString name = QString(Api::paramName(allHaveIds ? P::user : P::userUID));
    request.preset.setList(name, values);
    request.locked << name;
    request.objectLabel
        = users.size() == 1 ? objectLabel(users.first()) : tr("%n selected user(s)", nullptr, int(users.size()));
    return request;
}

} // namespace Springdesk::Views
