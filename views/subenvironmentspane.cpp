#include "views/subenvironmentspane.h"

#include "core/ops/operation.h"
#include "core/settings/config.h"
#include "models/cachesession.h"
#include "models/subenvironmentlinkmodel.h"
#include "models/subenvironmenttablemodel.h"

#include <QAction>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Springdesk::Api::Fn;
using Springdesk::Api::P;
using Springdesk::Models::SubenvironmentLinkModel;
using Springdesk::Models::SubenvironmentTableModel;
using Springdesk::Settings::ConfigKey;
using Kind = Springdesk::Store::SubenvironmentLink::Kind;

namespace Springdesk::Views {

namespace {

ResourcePane::Options subenvironmentsOptions()
{
    ResourcePane::Options options;
    options.objectName = u"subenvironmentsPane"_s;
    options.headerStateKey = ConfigKey::SubenvironmentsHeaderState;
    options.splitterStateKey = ConfigKey::SubenvironmentsSplitterState;
    options.filterPlaceholder = SubenvironmentsPane::tr("Filter: ID, state:missing, tracked:no…");
    options.emptyCacheHint = SubenvironmentsPane::tr(
        "The local cache knows no subenvironments yet. They appear after a synchronisation (F5) when courses or "
        "subscriptions name them, or when you track one by its ID.");
    return options;
}

// What can be linked: the commands, their list parameter and the kind of link they make.
struct LinkCommand
{
    Kind kind;
    Fn add;
    Fn remove;
    P list;
};

const QList<LinkCommand> &linkCommands()
{
    static const QList<LinkCommand> commands{
        {Kind::User, Fn::AddResellerUsers, Fn::DeleteResellerUsers, P::user},
        {Kind::Group, Fn::AddResellerGroups, Fn::DeleteResellerGroups, P::group},
        {Kind::Template, Fn::AddResellerTemplates, Fn::DeleteResellerTemplates, P::template_},
        {Kind::Event, Fn::AddResellerBookableEvents, Fn::DeleteResellerBookableEvents, P::event},
    };
    return commands;
}

bool isSubenvironmentCommand(Fn fn)
{
    for (const LinkCommand &command : linkCommands()) {
        if (command.add == fn || command.remove == fn)
            return true;
    }
    return false;
}

} // namespace

SubenvironmentsPane::SubenvironmentsPane(
    Settings::Config *config, Models::CacheSession *session, CommandLauncher *launcher, QWidget *parent)
    : ResourcePane(config, session, subenvironmentsOptions(), parent)
    , m_launcher(launcher)
    , m_model(new SubenvironmentTableModel(this))
    , m_links(new SubenvironmentLinkModel(this))
    , m_notice(new QLabel(this))
    , m_linkTitle(new QLabel(this))
    , m_linkTable(new QTableView(this))
    , m_profilesNote(new QLabel(this))
    , m_unlink(new QAction(tr("&Unlink selected…"), this))
{
    m_notice->setObjectName(u"subenvironmentsNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();
    setModel(m_model);
    table()->setSortingEnabled(true);
    if (config->get(ConfigKey::SubenvironmentsHeaderState).toByteArray().isEmpty())
        header()->setSortIndicator(SubenvironmentTableModel::ExternalId, Qt::AscendingOrder);

    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    m_linkTitle->setObjectName(u"subenvironmentLinksTitle"_s);
    m_linkTitle->setWordWrap(true);
    m_linkTable->setObjectName(u"subenvironmentLinks"_s);
    m_linkTable->setModel(m_links);
    m_linkTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linkTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_linkTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linkTable->setTabKeyNavigation(false);
    m_linkTable->verticalHeader()->hide();
    m_linkTable->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < m_linkTable->model()->columnCount(); ++column)
        m_linkTable->setColumnWidth(column, m_linkTable->horizontalHeader()->sectionSizeHint(column));
    m_linkTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_profilesNote->setObjectName(u"subenvironmentProfilesNote"_s);
    m_profilesNote->setWordWrap(true);
    m_profilesNote->setText(tr("Skill profiles are listed as the server reports them. Profiles cannot be linked to "
                               "or unlinked from a subenvironment through the API; do that in aNewSpring itself."));
    layout->addWidget(m_notice);
    layout->addWidget(m_linkTitle);
    layout->addWidget(m_linkTable, 1);
    layout->addWidget(m_profilesNote);
    setDetailsWidget(details);

    const QStringList texts{tr("Link &users…"), tr("Link user &groups…"), tr("Link &templates…"), tr("Link &events…")};
    const QStringList names{u"actionLinkSubenvironmentUsers"_s, u"actionLinkSubenvironmentGroups"_s,
        u"actionLinkSubenvironmentTemplates"_s, u"actionLinkSubenvironmentEvents"_s};
    for (int i = 0; i < linkCommands().size(); ++i) {
        auto *action = new QAction(texts.at(i), this);
        action->setObjectName(names.at(i));
        const LinkCommand command = linkCommands().at(i);
        connect(action, &QAction::triggered, this, [this, command] { launch(command.add, command.list, {}); });
        addPaneAction(action, i == 0);
        m_linkActions << action;
    }
    m_unlink->setObjectName(u"actionUnlinkSubenvironment"_s);
    m_unlink->setToolTip(tr("Unlink the links selected in the details; one call per kind of link."));
    addPaneAction(m_unlink, false);
    m_linkTable->addAction(m_unlink);

    connect(m_model, &SubenvironmentTableModel::loaded, this, &SubenvironmentsPane::countChanged);
    connect(m_model, &SubenvironmentTableModel::loadingChanged, this, &SubenvironmentsPane::countChanged);
    connect(m_model, &SubenvironmentTableModel::loadFailed, this,
        [this](const QString &message) { countLabel()->setText(message); });
    connect(this, &ResourcePane::currentKeyChanged, this, &SubenvironmentsPane::showSubenvironment);
    connect(this, &ResourcePane::selectionChanged, this, &SubenvironmentsPane::updateActions);
    connect(m_linkTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SubenvironmentsPane::updateActions);
    connect(m_links, &QAbstractItemModel::modelReset, this, &SubenvironmentsPane::updateActions);
    connect(session, &Models::CacheSession::openingChanged, this, &SubenvironmentsPane::updateActions);
    connect(m_unlink, &QAction::triggered, this, &SubenvironmentsPane::unlinkSelected);

    loadCache();
    showSubenvironment({});
}

SubenvironmentsPane::~SubenvironmentsPane() = default;

void SubenvironmentsPane::launch(Api::Fn fn, Api::P listParam, const QStringList &values)
{
    if (!m_launcher || currentKey().isEmpty())
        return;
    CommandLauncher::Request request;
    request.fn = fn;
    const QString reseller = QString(Api::paramName(P::resellerID));
    request.preset.add(reseller, currentKey());
    request.locked << reseller;
    if (!values.isEmpty())
        request.preset.setList(QString(Api::paramName(listParam)), values);
    //: the object of a command form, e.g. "subenvironment SUB-1"
    request.objectLabel = tr("subenvironment %1").arg(currentKey());
    m_launcher->openCommand(request);
}

void SubenvironmentsPane::unlinkSelected()
{
    // the selected links, by kind: one form per kind (each kind has its own command)
    QHash<int, QStringList> byKind;
    QModelIndexList rows = m_linkTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        byKind[index.data(SubenvironmentLinkModel::KindRole).toInt()]
            << index.data(SubenvironmentLinkModel::IdRole).toString();
    for (const LinkCommand &command : linkCommands()) {
        const QStringList ids = byKind.value(int(command.kind));
        if (!ids.isEmpty())
            launch(command.remove, command.list, ids);
    }
}

void SubenvironmentsPane::showSubenvironment(const QString &id)
{
    m_links->setSubenvironment(id);
    //: title over what is linked to a subenvironment in the details
    m_linkTitle->setText(id.isEmpty() ? tr("Choose a subenvironment to see what is linked to it.")
                                      : tr("Linked to subenvironment %1").arg(id));
    updateActions();
}

void SubenvironmentsPane::updateActions()
{
    const bool ready = !m_model->cacheFile().isEmpty() && !session()->isOpening();
    const bool current = m_launcher && ready && !currentKey().isEmpty();
    for (QAction *action : std::as_const(m_linkActions))
        action->setEnabled(current);
    bool unlinkable = false;
    for (const QModelIndex &index : m_linkTable->selectionModel()->selectedRows()) {
        if (index.data(SubenvironmentLinkModel::KindRole).toInt() != int(Kind::SkillProfile))
            unlinkable = true;
    }
    m_unlink->setEnabled(current && unlinkable);
    updateSkeletonActions();
}

void SubenvironmentsPane::showOperationResult(Ops::Operation *operation)
{
    if (!operation || !isSubenvironmentCommand(operation->function()))
        return;
    if (operation->succeeded()) {
        m_notice->hide();
        return;
    }
    const Api::ApiError &error = operation->error();
    if (error.httpStatus() == 0)
        return; // refused before sending, or no answer: the form says why
    //: %1 is the server's answer, e.g. "404: reseller not found"
    m_notice->setText(tr("The server refused the subenvironment command (%1). Subenvironments exist only in "
                         "environments where aNewSpring has enabled submanagement; without it every "
                         "subenvironment command is refused. Otherwise check the subenvironment's ID.")
                          .arg(error.userText()));
    m_notice->show();
}

void SubenvironmentsPane::applyCacheChange(const Store::CacheChange &change)
{
    if (!change.touches(Store::CacheChange::Area::Subenvironments))
        return;
    m_model->reload();
    m_links->reload();
}

int SubenvironmentsPane::matchingCount() const
{
    if (m_model->isLoading() && m_model->rowCount() == 0)
        return -1;
    return m_model->rowCount();
}

QString SubenvironmentsPane::countText(int count) const
{
    //: number of subenvironments shown, e.g. "3 subenvironments"
    return tr("%Ln subenvironment(s)", nullptr, count);
}

void SubenvironmentsPane::applyFilter(const QString &text)
{
    m_model->setFilterText(text);
}

void SubenvironmentsPane::setCacheFile(const QString &filePath)
{
    if (filePath == m_model->cacheFile() && !filePath.isEmpty()) {
        m_model->reload();
        m_links->reload();
    } else {
        m_model->setCacheFile(filePath);
        m_links->setCacheFile(filePath);
    }
    updateActions();
}

} // namespace Springdesk::Views
