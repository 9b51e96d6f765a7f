#include "views/userdetailpanel.h"

#include "core/api/valuesets.h"
#include "core/store/cacheconnection.h"
#include "core/store/grouprepository.h"
#include "core/store/subscriptionrepository.h"
#include "core/store/syncmarks.h"
#include "core/store/userrepository.h"
#include "models/vocabulary.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

namespace {

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style='color:palette(mid); padding-right:12px'>%1</td><td>%2</td></tr>"_s.arg(
        label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

UserDetailPanel::UserDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_refresh(new QPushButton(tr("Refresh this user"), this))
{
    setObjectName(u"userDetails"_s);
    m_title->setObjectName(u"userDetailsTitle"_s);
    m_body->setObjectName(u"userDetailsBody"_s);
    m_refresh->setObjectName(u"refreshUser"_s);
    m_refresh->setToolTip(tr("Fetch this user's details, subscriptions and results from the server again."));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_body->setOpenLinks(false);
    // long UIDs and e-mail addresses wrap (at a word boundary when there is one) instead of
    // widening the panel or hiding behind a scroll bar
    m_body->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_body->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_refresh, 0, Qt::AlignLeft);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (!m_uid.isEmpty())
            Q_EMIT refreshRequested(m_uid);
    });
    showUser({});
}

UserDetailPanel::~UserDetailPanel() = default;

void UserDetailPanel::setCacheFile(const QString &filePath)
{
    m_connection.reset();
    if (!filePath.isEmpty()) {
        auto connection = std::make_unique<Store::CacheConnection>(filePath);
        if (!connection->open())
            m_connection = std::move(connection);
    }
    showUser({});
}

void UserDetailPanel::setRefreshEnabled(bool enabled)
{
    m_refreshEnabled = enabled;
    m_refresh->setEnabled(enabled && !m_uid.isEmpty());
}

QString UserDetailPanel::text() const
{
    return m_title->text() + u'\n' + m_body->toPlainText();
}

void UserDetailPanel::showUser(const QString &uid)
{
    m_uid = uid;
    m_refresh->setEnabled(m_refreshEnabled && !uid.isEmpty());
    if (uid.isEmpty() || !m_connection) {
        m_title->setText(tr("No user selected"));
        m_body->setHtml(tr("Select a user to see what the cache knows about them."));
        return;
    }
    m_body->setHtml(render(uid));
}

QString UserDetailPanel::render(const QString &uid) const
{
    const QSqlDatabase db = m_connection->database();
    const Store::UserRepository users(db);
    Store::StoreError error;
    const auto user = users.user(uid, &error);
    if (!user) {
        m_title->setText(tr("User not in the cache"));
        return error ? tr("The user could not be read from the cache: %1").arg(error.message).toHtmlEscaped()
                     : tr("The user %1 is no longer in the cache.").arg(uid).toHtmlEscaped();
    }
    const QString name = QStringList{user->firstName, user->middleName, user->lastName}.join(u' ').simplified();
    m_title->setText(name.isEmpty() ? user->login : name);
    const QLocale locale;
    const QDateTime detailsAt = users.detailsFetchedAt(uid);
    QString html = u"<table>"_s;
    html += row(tr("UID"), user->uid);
    html += row(tr("External ID"), user->id.isEmpty() ? tr("none") : user->id);
    html += row(tr("Login"), user->login);
    html += row(tr("E-mail"), user->email);
    html += row(tr("Status"), user->active ? tr("active") : tr("inactive"));
    if (user->archived)
        html += row(tr("Archived"), *user->archived ? tr("yes") : tr("no"));
    // The table's user fields; names are in the title and the e-mail address above.
    for (const Api::UserField &f : Api::userFields()) {
        using Api::P;
        if (f.param == P::firstName || f.param == P::middleName || f.param == P::lastName || f.param == P::email)
            continue;
        QString value;
        if (f.text)
            value
                = f.values == Api::ValueSet::None ? (*user).*f.text : Api::ValueSets::label(f.values, (*user).*f.text);
        else if (f.param == P::dateOfBirth && user->dateOfBirth.isValid())
            value = locale.toString(user->dateOfBirth, QLocale::ShortFormat);
        if (!value.isEmpty())
            html += row(Api::paramLabel(f.param), value);
    }
    if (detailsAt.isValid()) {
        html += row(tr("Renewable"), user->renewable ? tr("yes") : tr("no"));
        html += row(tr("Roles"), user->roles.isEmpty() ? tr("none") : Models::Vocabulary::roleNames(user->roles));
        html += row(tr("Details fetched"), locale.toString(detailsAt.toLocalTime(), QLocale::ShortFormat));
    } else {
        html += row(tr("Roles"), tr("not fetched yet (synchronise or refresh this user)"));
    }
    html += u"</table>"_s;

    const Store::GroupRepository groups(db);
    const QStringList groupIds = groups.groupsOfUser(uid);
    html += u"<h4>%1</h4>"_s.arg(tr("User groups").toHtmlEscaped());
    if (groupIds.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(tr("Member of no cached group.").toHtmlEscaped());
    } else {
        html += u"<ul>"_s;
        for (const QString &id : groupIds) {
            const auto group = groups.group(id);
            const QString label = group && !group->name.isEmpty() ? u"%1 (%2)"_s.arg(group->name, id) : id;
            html += u"<li>%1</li>"_s.arg(label.toHtmlEscaped());
        }
        html += u"</ul>"_s;
    }

    const Store::SubscriptionRepository subscriptions(db);
    const auto subs = subscriptions.subscriptionsOfUser(uid, &error);
    html += u"<h4>%1</h4>"_s.arg(tr("Subscriptions").toHtmlEscaped());
    if (subs.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(tr("No cached subscriptions.").toHtmlEscaped());
    } else {
        html += u"<ul>"_s;
        for (const auto &s : subs) {
            QStringList state;
            state << (s.active ? tr("active") : tr("inactive"));
            if (s.finished)
                state << tr("finished");
            if (s.expired)
                state << tr("expired");
            //: a subscription: course name, its states
            html += u"<li>%1</li>"_s.arg(tr("%1 — %2").arg(s.name, state.join(u", "_s)).toHtmlEscaped());
        }
        html += u"</ul>"_s;
    }
    html += renderResults(db, uid);
    return html;
}

QString UserDetailPanel::renderResults(const QSqlDatabase &db, const QString &uid) const
{
    QString html = u"<h4>%1</h4>"_s.arg(tr("Results").toHtmlEscaped());
    const QDateTime fetchedAt = Store::SyncMarks(db).fetchedAt(u"results"_s, uid);
    if (!fetchedAt.isValid()) {
        return html
            + u"<p>%1</p>"_s.arg(
                tr("Not fetched yet: a synchronisation does not fetch results; use Fetch results (Ctrl+R).")
                    .toHtmlEscaped());
    }
    const QString when = QLocale().toString(fetchedAt.toLocalTime(), QLocale::ShortFormat);
    const auto results = Store::SubscriptionRepository(db).results(uid);
    if (results.isEmpty())
        return html + u"<p>%1</p>"_s.arg(tr("No results (fetched %1).").arg(when).toHtmlEscaped());
    html += u"<ul>"_s;
    for (const auto &r : results) {
        QStringList state;
        state << (r.completed ? tr("completed") : tr("not completed"));
        if (!r.grade.isEmpty())
            state << tr("grade %1").arg(r.grade);
        if (r.passed)
            state << tr("passed");
        //: a course result: course name, its states
        html += u"<li>%1</li>"_s.arg(tr("%1 — %2").arg(r.subscription.name, state.join(u", "_s)).toHtmlEscaped());
    }
    return html + u"</ul><p>%1</p>"_s.arg(tr("Results fetched %1.").arg(when).toHtmlEscaped());
}

} // namespace Springdesk::Views
