#include "views/ssolinkspane.h"

#include "core/api/ssolinkbuilder.h"
#include "core/ops/operation.h"
#include "core/settings/config.h"
#include "models/cachesession.h"
#include "models/connectionservice.h"
#include "models/modelroles.h"
#include "models/ssolinklistmodel.h"
#include "models/usertablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Springdesk::Models::SsoLinkListModel;
using Springdesk::Models::UserTableModel;
using Springdesk::Settings::ConfigKey;

namespace Springdesk::Views {

namespace {

ResourcePane::Options ssoOptions()
{
    ResourcePane::Options options;
    options.objectName = u"ssoLinksPane"_s;
    options.headerStateKey = ConfigKey::SsoLinksHeaderState;
    options.splitterStateKey = ConfigKey::SsoLinksSplitterState;
    options.filterPlaceholder = SsoLinksPane::tr("Find the user by name, e-mail or login…");
    options.emptyCacheHint
        = SsoLinksPane::tr("The local cache holds no users yet. Press Synchronise (F5) to fetch them from the server.");
    options.listKey = u"users"_s;
    return options;
}

} // namespace

SsoLinksPane::SsoLinksPane(
    Settings::Config *config, Models::CacheSession *session, Models::ConnectionService *connection, QWidget *parent)
    : ResourcePane(config, session, ssoOptions(), parent)
    , m_connection(connection)
    , m_users(new UserTableModel(this))
    , m_links(new SsoLinkListModel(this))
    , m_course(new QLineEdit(this))
    , m_activity(new QLineEdit(this))
    , m_redirect(new QLineEdit(this))
    , m_get(new QPushButton(tr("&Get link"), this))
    , m_copy(new QPushButton(tr("&Copy link"), this))
    , m_open(new QPushButton(tr("&Open in browser"), this))
    , m_user(new QLabel(this))
    , m_status(new QLabel(this))
    , m_linkTable(new QTableView(this))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setModel(m_users);
    table()->setSelectionMode(QAbstractItemView::SingleSelection);
    table()->setSortingEnabled(true);
    if (config->get(ConfigKey::SsoLinksHeaderState).toByteArray().isEmpty()) {
        table()->setColumnWidth(UserTableModel::Name, 170);
        table()->setColumnWidth(UserTableModel::Login, 110);
        header()->setSortIndicator(UserTableModel::Name, Qt::AscendingOrder);
        // who the user is is enough here
        for (int column = 0; column < UserTableModel::ColumnCount; ++column) {
            if (column != UserTableModel::Name && column != UserTableModel::Login
                && column != UserTableModel::ExternalId && column != UserTableModel::Email)
                table()->hideColumn(column);
        }
    }

    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    m_user->setObjectName(u"ssoUser"_s);
    m_user->setWordWrap(true);
    m_course->setObjectName(u"ssoCourse"_s);
    m_course->setPlaceholderText(tr("optional course ID"));
    m_activity->setObjectName(u"ssoActivity"_s);
    m_activity->setPlaceholderText(tr("optional, with a course"));
    m_redirect->setObjectName(u"ssoRedirect"_s);
    m_redirect->setPlaceholderText(tr("optional, e.g. /catalog"));
    auto *form = new QFormLayout;
    form->addRow(tr("Course:"), m_course);
    form->addRow(tr("Activity:"), m_activity);
    form->addRow(tr("Redirect:"), m_redirect);
    auto *warning = new QLabel(tr("A login link is single-use and short-lived, and only a user's newest link works. "
                                  "Make it when the user needs it and hand it over at once."),
        this);
    warning->setObjectName(u"ssoWarning"_s);
    warning->setWordWrap(true);
    m_status->setObjectName(u"ssoStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_get->setObjectName(u"ssoGetLink"_s);
    m_copy->setObjectName(u"ssoCopyLink"_s);
    m_open->setObjectName(u"ssoOpenLink"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_get);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    m_linkTable->setObjectName(u"ssoLinks"_s);
    m_linkTable->setModel(m_links);
    m_linkTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linkTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_linkTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linkTable->setTabKeyNavigation(false);
    m_linkTable->verticalHeader()->hide();
    m_linkTable->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < m_linkTable->model()->columnCount(); ++column)
        m_linkTable->setColumnWidth(column, m_linkTable->horizontalHeader()->sectionSizeHint(column));
    m_linkTable->hideColumn(SsoLinkListModel::Link);
    auto *listTitle = new QLabel(tr("Links made since Springdesk started:"), this);
    listTitle->setObjectName(u"ssoLinksTitle"_s);
    listTitle->setWordWrap(true);
    layout->addWidget(m_user);
    layout->addLayout(form);
    layout->addWidget(warning);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(listTitle);
    layout->addWidget(m_linkTable, 1);
    setDetailsWidget(details);

    connect(m_users, &UserTableModel::totalCountChanged, this, &SsoLinksPane::countChanged);
    connect(m_users, &UserTableModel::loadingChanged, this, &SsoLinksPane::countChanged);
    connect(this, &ResourcePane::currentKeyChanged, this, &SsoLinksPane::updateButtons);
    connect(m_linkTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SsoLinksPane::updateButtons);
    connect(m_connection, &Models::ConnectionService::readyChanged, this, &SsoLinksPane::updateButtons);
    connect(m_get, &QPushButton::clicked, this, &SsoLinksPane::getLink);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QUrl url = chosenLink();
        if (!url.isValid())
            return;
        QApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
        showStatus(tr("The link is on the clipboard."), false);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QUrl url = chosenLink();
        if (url.isValid() && !m_opener(url))
            showStatus(tr("No browser could be started; copy the link instead."), true);
    });

    loadCache();
    updateButtons();
}

SsoLinksPane::~SsoLinksPane() = default;

QUrl SsoLinksPane::chosenLink() const
{
    const QModelIndexList rows = m_linkTable->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return rows.first().data(SsoLinkListModel::UrlRole).toUrl();
    if (m_links->rowCount() > 0)
        return m_links->index(0, 0).data(SsoLinkListModel::UrlRole).toUrl(); // the newest
    return {};
}

bool SsoLinksPane::getLink()
{
    if (m_running)
        return false;
    const QModelIndex current = table()->selectionModel()->currentIndex();
    if (currentKey().isEmpty() || !current.isValid()) {
        showStatus(tr("Choose the user the link is for."), true);
        return false;
    }
    Pending pending;
    pending.userUid = currentKey();
    pending.userId = current.siblingAtColumn(UserTableModel::ExternalId).data(UserTableModel::RawValueRole).toString();
    pending.userName = current.siblingAtColumn(UserTableModel::Name).data(UserTableModel::RawValueRole).toString();
    pending.courseId = m_course->text().trimmed();
    pending.activityId = m_activity->text().trimmed();
    pending.redirect = m_redirect->text().trimmed();
    // check what the link will carry before a token is spent on it
    Api::SsoLinkRequest check{
        pending.userId, pending.userUid, u"-"_s, pending.courseId, pending.activityId, pending.redirect};
    const QStringList problems = Api::SsoLinkBuilder::problems(check);
    if (!problems.isEmpty()) {
        showStatus(problems.join(u' '), true);
        return false;
    }
    Api::RawParams raw;
    if (pending.userId.isEmpty())
        raw.add(Api::P::userUID, pending.userUid);
    else
        raw.add(Api::P::userID, pending.userId);
    Ops::Operation *operation = m_connection->run(Api::Fn::GetLoginToken, raw);
    if (!operation) {
        showStatus(tr("No link can be made now: %1").arg(m_connection->problem()), true);
        return false;
    }
    m_pending = pending;
    m_running = true;
    showStatus(tr("Asking the server for a login token…"), false);
    connect(operation, &Ops::Operation::finished, this, &SsoLinksPane::onFinished);
    updateButtons();
    return true;
}

void SsoLinksPane::onFinished(Ops::Operation *operation)
{
    m_running = false;
    updateButtons();
    if (!operation->succeeded()) {
        //: %1 is the server's answer or why the call was not sent
        showStatus(tr("No login token: %1").arg(operation->summary()), true);
        return;
    }
    Api::SsoLinkRequest request{m_pending.userId, m_pending.userUid, operation->value().toString(), m_pending.courseId,
        m_pending.activityId, m_pending.redirect};
    QString error;
    const QUrl url = Api::SsoLinkBuilder::build(m_connection->baseUrl(), request, &error);
    if (!url.isValid()) {
        showStatus(tr("The link could not be built: %1").arg(error), true);
        return;
    }
    Models::SsoLinkEntry entry;
    entry.madeAt = QDateTime::currentDateTime();
    entry.userId = m_pending.userId;
    entry.userUid = m_pending.userUid;
    entry.userName = m_pending.userName;
    entry.courseId = m_pending.courseId;
    entry.activityId = m_pending.activityId;
    entry.redirect = m_pending.redirect;
    entry.url = url;
    m_links->add(entry);
    m_linkTable->clearSelection();
    updateButtons();
    showStatus(tr("Link made at %1. Copy it or open it now: it works once, for a short time.")
                   .arg(QLocale().toString(entry.madeAt.time(), QLocale::ShortFormat)),
        false);
    Q_EMIT linkMade(url);
}

void SsoLinksPane::updateButtons()
{
    const QModelIndex current = table()->selectionModel() ? table()->selectionModel()->currentIndex() : QModelIndex();
    const QString name
        = current.isValid() ? current.siblingAtColumn(UserTableModel::Name).data().toString() : QString();
    //: above the SSO link form: who the link is for
    m_user->setText(currentKey().isEmpty() ? tr("Choose a user in the list.") : tr("Link for %1").arg(name));
    m_get->setEnabled(!m_running && !currentKey().isEmpty() && m_connection->isReady());
    const bool link = m_links->rowCount() > 0;
    m_copy->setEnabled(link);
    m_open->setEnabled(link);
}

void SsoLinksPane::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: palette(highlight);"_s : QString());
}

int SsoLinksPane::matchingCount() const
{
    return m_users->totalCount();
}

QString SsoLinksPane::countText(int count) const
{
    return tr("%Ln user(s)", nullptr, count);
}

void SsoLinksPane::applyFilter(const QString &text)
{
    Store::UserQuery query = m_users->query();
    query.text = text;
    m_users->setQuery(query);
}

void SsoLinksPane::setCacheFile(const QString &filePath)
{
    if (filePath == m_users->cacheFile() && !filePath.isEmpty())
        m_users->reload();
    else
        m_users->setCacheFile(filePath);
}

} // namespace Springdesk::Views
