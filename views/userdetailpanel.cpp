#include "views/userdetailpanel.h"

#include "core/api/valuesets.h"
#include "core/store/cacheconnection.h"
#include "core/store/catalogrepository.h"
#include "core/store/grouprepository.h"
#include "core/store/subscriptionrepository.h"
#include "core/store/syncmarks.h"
#include "core/store/userrepository.h"
#include "models/modelroles.h"
#include "models/userresultsmodel.h"
#include "models/vocabulary.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

namespace {

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style='color:palette(mid); padding-right:12px'>%1</td><td>%2</td></tr>"_s.arg(
        label.toHtmlEscaped(), value.toHtmlEscaped());
}

// "14:03" today, else "7-12-26 14:03" (local time).
QString fetchedText(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                : QLocale().toString(local, QLocale::ShortFormat);
}

QString section(const QString &title)
{
    return u"<h4>%1</h4>"_s.arg(title.toHtmlEscaped());
}

QString paragraph(const QString &text)
{
    return u"<p>%1</p>"_s.arg(text.toHtmlEscaped());
}

QString muted(const QString &text)
{
    return u"<p style='color:palette(mid)'>%1</p>"_s.arg(text.toHtmlEscaped());
}

// A list of items, each already plain text.
QString list(const QStringList &items)
{
    QString html = u"<ul>"_s;
    for (const QString &item : items)
        html += u"<li>%1</li>"_s.arg(item.toHtmlEscaped());
    return html + u"</ul>"_s;
}

} // namespace

UserDetailPanel::UserDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_body(new QTextBrowser(this))
    , m_resultsState(new QLabel(this))
    , m_fetchResults(new QPushButton(tr("&Fetch results"), this))
    , m_resultsTree(new QTreeView(this))
    , m_results(new Models::UserResultsModel(this))
    , m_refresh(new QPushButton(tr("Refresh this user"), this))
    , m_sso(new QPushButton(tr("Get SSO login link…"), this))
{
    setObjectName(u"userDetails"_s);
    m_title->setObjectName(u"userDetailsTitle"_s);
    m_body->setObjectName(u"userDetailsBody"_s);
    m_splitter->setObjectName(u"userDetailsSplitter"_s);
    m_refresh->setObjectName(u"refreshUser"_s);
    m_refresh->setToolTip(tr("Fetch this user's details, subscriptions, results, skill profiles and bundle-course "
                             "subscriptions from the server again."));
    m_sso->setObjectName(u"userSsoLink"_s);
    m_sso->setToolTip(tr("Get a single-use login link for this user (getLoginToken)."));
    m_sso->hide();
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

    // the results: a title, the state ("not fetched", "fetched 14:03"), Fetch results, the tree
    auto *results = new QWidget(this);
    results->setObjectName(u"userResults"_s);
    auto *resultsTitle = new QLabel(tr("Results"), results);
    QFont sectionFont = resultsTitle->font();
    sectionFont.setBold(true);
    resultsTitle->setFont(sectionFont);
    m_resultsState->setObjectName(u"userResultsState"_s);
    m_resultsState->setWordWrap(true);
    m_resultsState->setStyleSheet(u"color: palette(mid);"_s);
    m_fetchResults->setObjectName(u"userFetchResults"_s);
    m_fetchResults->setToolTip(tr("Fetch this user's results from the server (getResults); a synchronisation does "
                                  "not fetch results."));
    m_resultsTree->setObjectName(u"userResultsTree"_s);
    m_resultsTree->setModel(m_results);
    m_resultsTree->setUniformRowHeights(true);
    m_resultsTree->setAlternatingRowColors(true);
    m_resultsTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // the names get a fixed share, the values their width (a scroll bar when they do not fit)
    m_resultsTree->header()->setStretchLastSection(false);
    m_resultsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resultsTree->header()->setSectionResizeMode(Models::UserResultsModel::Name, QHeaderView::Interactive);
    m_resultsTree->setColumnWidth(Models::UserResultsModel::Name, 170);
    m_resultsTree->hideColumn(Models::UserResultsModel::Type); // the column chooser is the header's menu
    m_resultsTree->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_resultsTree->header(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (int column = 1; column < m_results->columnCount(); ++column) {
            QAction *action = menu.addAction(m_results->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_resultsTree->isColumnHidden(column));
            connect(action, &QAction::toggled, this,
                [this, column](bool shown) { m_resultsTree->setColumnHidden(column, !shown); });
        }
        menu.exec(m_resultsTree->header()->mapToGlobal(pos));
    });
    auto *resultsHead = new QHBoxLayout;
    resultsHead->addWidget(resultsTitle);
    resultsHead->addWidget(m_resultsState, 1);
    resultsHead->addWidget(m_fetchResults);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 4, 0, 0);
    resultsLayout->addLayout(resultsHead);
    resultsLayout->addWidget(m_resultsTree, 1);

    m_splitter->addWidget(m_body);
    m_splitter->addWidget(results);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 260});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_sso);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(buttons);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (!m_uid.isEmpty())
            Q_EMIT refreshRequested(m_uid);
    });
    connect(m_fetchResults, &QPushButton::clicked, this, [this] {
        if (!m_uid.isEmpty())
            Q_EMIT fetchResultsRequested(m_uid);
    });
    connect(m_sso, &QPushButton::clicked, this, [this] {
        if (!m_uid.isEmpty())
            Q_EMIT ssoLinkRequested(m_uid);
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
    if (enabled)
        m_fetching.clear(); // the synchronisation that fetched them is over
    updateButtons();
    updateResultsState();
}

void UserDetailPanel::setFetchingResults(const QStringList &uids)
{
    m_fetching = uids;
    if (uids.contains(m_uid))
        m_resultsError.clear();
    updateButtons();
    updateResultsState();
}

void UserDetailPanel::setResultsError(const QString &message)
{
    m_resultsError = message;
    updateResultsState();
}

void UserDetailPanel::setSsoLinkOffered(bool offered)
{
    m_sso->setVisible(offered);
}

void UserDetailPanel::updateButtons()
{
    const bool user = !m_uid.isEmpty() && m_connection;
    m_refresh->setEnabled(m_refreshEnabled && user);
    m_fetchResults->setEnabled(m_refreshEnabled && user && m_known && !m_fetching.contains(m_uid));
    m_sso->setEnabled(user && m_known);
}

QString UserDetailPanel::text() const
{
    return m_title->text() + u'\n' + m_body->toPlainText() + u'\n' + m_resultsState->text();
}

void UserDetailPanel::showUser(const QString &uid)
{
    if (uid != m_uid)
        m_resultsError.clear();
    m_uid = uid;
    m_known = false;
    if (uid.isEmpty() || !m_connection) {
        m_title->setText(tr("No user selected"));
        m_body->setHtml(tr("Select a user to see what the cache knows about them."));
        m_results->clear();
        m_resultsUid.clear();
    } else {
        m_body->setHtml(render(uid, &m_known));
        if (m_known) {
            showResults(uid);
        } else {
            m_results->clear();
            m_resultsUid.clear();
        }
    }
    updateButtons();
    updateResultsState();
}

void UserDetailPanel::showResults(const QString &uid)
{
    const QSqlDatabase db = m_connection->database();
    // the rows the admin opened stay open when the same user's results are read again
    QStringList expanded;
    const bool keep = uid == m_resultsUid && m_results->courseCount() > 0;
    if (keep) {
        const auto collect = [&](const auto &self, const QModelIndex &parent) -> void {
            for (int row = 0; row < m_results->rowCount(parent); ++row) {
                const QModelIndex index = m_results->index(row, 0, parent);
                if (m_resultsTree->isExpanded(index)) {
                    expanded << index.data(Models::KeyRole).toString();
                    self(self, index);
                }
            }
        };
        collect(collect, {});
    }
    const QDateTime fetchedAt = Store::SyncMarks(db).fetchedAt(u"results"_s, uid);
    Store::StoreError error;
    const auto results
        = fetchedAt.isValid() ? Store::SubscriptionRepository(db).results(uid, &error) : QList<Domain::CourseResult>();
    if (error)
        m_resultsError = tr("The results could not be read from the cache: %1").arg(error.message);
    m_results->setResults(results, fetchedAt);
    if (keep) {
        for (const QString &key : std::as_const(expanded))
            m_resultsTree->expand(m_results->indexOfKey(key));
    } else {
        m_resultsTree->expandToDepth(0); // courses open on their activities
    }
    m_resultsUid = uid;
}

void UserDetailPanel::updateResultsState()
{
    const bool user = !m_uid.isEmpty() && m_connection && m_known;
    QString state;
    if (!user) {
        state.clear();
    } else if (m_fetching.contains(m_uid)) {
        state = tr("Fetching the results from the server…");
    } else if (!m_resultsError.isEmpty()) {
        state = m_resultsError;
    } else if (!m_results->isFetched()) {
        state = tr("Not fetched yet: a synchronisation does not fetch results.");
    } else if (m_results->courseCount() == 0) {
        state = tr("None (fetched %1).").arg(fetchedText(m_results->fetchedAt()));
    } else {
        //: the results tree's state line: number of courses, when fetched
        state = tr("%n course(s), fetched %1.", nullptr, m_results->courseCount())
                    .arg(fetchedText(m_results->fetchedAt()));
    }
    m_resultsState->setText(state);
    m_resultsTree->setVisible(user && m_results->courseCount() > 0);
    m_fetchResults->setVisible(user);
    m_fetchResults->setText(m_results->isFetched() ? tr("&Fetch again") : tr("&Fetch results"));
}

QString UserDetailPanel::render(const QString &uid, bool *known) const
{
    const QSqlDatabase db = m_connection->database();
    const Store::UserRepository users(db);
    Store::StoreError error;
    const auto user = users.user(uid, &error);
    *known = user.has_value();
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
    const QDateTime subscriptionsAt = Store::SyncMarks(db).fetchedAt(u"subscriptions"_s, uid);
    html += section(tr("Subscriptions"));
    if (subs.isEmpty()) {
        html += paragraph(subscriptionsAt.isValid() ? tr("None.") : tr("No cached subscriptions."));
    } else {
        QStringList items;
        for (const auto &s : subs) {
            QStringList state;
            state << (s.active ? tr("active") : tr("inactive"));
            if (s.progress && s.progress->total > 0)
                //: a subscription's progress: activities done of total, and the percentage
                state
                    << tr("progress %1 (%2%)").arg(s.progress->toString()).arg(qRound(100.0 * s.progress->fraction()));
            if (s.finished)
                state << tr("finished");
            if (s.expired)
                state << tr("expired");
            //: a subscription: course name, its states
            items << tr("%1 — %2").arg(s.name, state.join(u", "_s));
        }
        html += list(items);
    }
    if (subscriptionsAt.isValid())
        html += muted(tr("Fetched %1.").arg(fetchedText(subscriptionsAt)));
    html += renderProfiles(db, uid);
    html += renderBundles(db, uid);
    return html;
}

QString UserDetailPanel::renderProfiles(const QSqlDatabase &db, const QString &uid) const
{
    QString html = section(tr("Skill profiles"));
    Store::StoreError error;
    const auto profiles = Store::CatalogRepository(db).profilesOfUser(uid, &error);
    if (error)
        return html + paragraph(tr("The skill profiles could not be read from the cache: %1").arg(error.message));
    const QDateTime at = Store::SyncMarks(db).fetchedAt(u"userProfiles"_s, uid);
    if (profiles.isEmpty())
        return html
            + paragraph(at.isValid() ? tr("Linked to no skill profile (fetched %1).").arg(fetchedText(at))
                                     : tr("Not fetched yet: refresh this user to fetch their skill profiles."));
    QStringList items;
    for (const auto &p : profiles)
        items << (p.id.isEmpty() ? p.name : u"%1 (%2)"_s.arg(p.name, p.id));
    html += list(items);
    //: under a user's skill profiles when only commands sent from Springdesk told the cache
    return html
        + muted(at.isValid() ? tr("Fetched %1.").arg(fetchedText(at))
                             : tr("Known from commands sent from Springdesk; refresh this user for the full list."));
}

QString UserDetailPanel::renderBundles(const QSqlDatabase &db, const QString &uid) const
{
    QString html = section(tr("Bundle subscriptions"));
    Store::StoreError error;
    const auto bundles = Store::CatalogRepository(db).bundleSubscriptionsOfUser(uid, &error);
    if (error)
        return html + paragraph(tr("The bundle subscriptions could not be read from the cache: %1").arg(error.message));
    const QDateTime at = Store::SyncMarks(db).fetchedAt(u"bundleSubscriptions"_s, uid);
    if (bundles.isEmpty())
        return html
            + paragraph(at.isValid() ? tr("Subscribed to no bundle course (fetched %1).").arg(fetchedText(at))
                                     : tr("Not fetched yet: refresh this user to fetch their bundle subscriptions."));
    const QLocale locale;
    QStringList items;
    for (const auto &b : bundles) {
        QStringList state;
        state << (b.active ? tr("active") : tr("inactive"));
        if (b.expired)
            state << tr("expired");
        if (b.startDate.isValid())
            state << tr("from %1").arg(locale.toString(b.startDate, QLocale::ShortFormat));
        if (b.expireDate.isValid())
            state << tr("until %1").arg(locale.toString(b.expireDate, QLocale::ShortFormat));
        const QString name = b.name.isEmpty() ? (b.id.isEmpty() ? b.uid : b.id) : b.name;
        //: a bundle-course subscription: the bundle course's name, its states
        items << tr("%1 — %2").arg(name, state.join(u", "_s));
    }
    html += list(items);
    return html
        + muted(at.isValid() ? tr("Fetched %1.").arg(fetchedText(at))
                             : tr("Known from commands sent from Springdesk; refresh this user for the full list."));
}

} // namespace Springdesk::Views
