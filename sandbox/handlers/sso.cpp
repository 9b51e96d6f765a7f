// Single sign-on tokens (contract 2.11); the browser side is ApiDispatcher::handleSso().
#include "sandbox/handlers/handlers.h"
#include "sandbox/handlers/lookups.h"

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

void getLoginToken(Call &c)
{
    const qint64 user = resolve(c, Entities::User, P::userID);
    QString token;
    for (int i = 0; i < 4; ++i)
        token += u"%1"_s.arg(c.random.generate(), 8, 16, QChar(u'0'));
    // Only the most recent token is valid: replacing the row invalidates the previous one.
    c.store.exec(
        u"INSERT OR REPLACE INTO login_tokens (user_pk, token, created) VALUES (?, ?, ?)"_s, {user, token, nowIso()});
    c.result = {{u"result"_s, token}};
    c.effect(u"loginToken"_s, extOf(c.store, Entities::User, user));
}

} // namespace

void registerSsoHandlers(HandlerTable &t)
{
    t[size_t(Api::Fn::GetLoginToken)] = getLoginToken;
}

} // namespace Springdesk::Sandbox
