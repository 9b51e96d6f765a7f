#include "views/skillprofilespane.h"

#include "core/settings/config.h"
#include "models/cachesession.h"
#include "models/skillprofiletablemodel.h"
#include "views/memberlist.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace Qt::StringLiterals;
using Springdesk::Api::Fn;
using Springdesk::Api::P;
using Springdesk::Models::SkillProfileTableModel;
using Springdesk::Settings::ConfigKey;

namespace Springdesk::Views {

namespace {

ResourcePane::Options profilesOptions()
{
    ResourcePane::Options options;
    options.objectName = u"skillProfilesPane"_s;
    options.headerStateKey = ConfigKey::SkillProfilesHeaderState;
    options.splitterStateKey = ConfigKey::SkillProfilesSplitterState;
    options.filterPlaceholder = SkillProfilesPane::tr("Filter: name, ID, members:no…");
    options.emptyCacheHint = SkillProfilesPane::tr(
        "The local cache holds no skill profiles yet. Press Synchronise (F5) to fetch them from the server.");
    options.listKey = u"skillProfiles"_s;
    return options;
}

} // namespace

SkillProfilesPane::SkillProfilesPane(
    Settings::Config *config, Models::CacheSession *session, CommandLauncher *launcher, QWidget *parent)
    : ResourcePane(config, session, profilesOptions(), parent)
    , m_launcher(launcher)
    , m_model(new SkillProfileTableModel(this))
    , m_members(new MemberList(u"skillProfileUsers"_s, this))
    , m_link(new QAction(tr("&Link users…"), this))
    , m_unlink(new QAction(tr("&Unlink selected users…"), this))
{
    setQueryModel(m_model);
    followCache(m_members);
    setCacheAreas({Store::CacheChange::Area::Profiles, Store::CacheChange::Area::Users});
    table()->setSortingEnabled(true);
    if (config->get(ConfigKey::SkillProfilesHeaderState).toByteArray().isEmpty()) {
        table()->setColumnWidth(SkillProfileTableModel::Name, 200);
        header()->setSortIndicator(SkillProfileTableModel::Name, Qt::AscendingOrder);
    }
    setDetailsWidget(m_members);
    refreshAction()->setText(tr("&Refresh skill profiles"));
    refreshAction()->setToolTip(tr("Fetch the skill profiles, the profiles of each known subenvironment and, per "
                                   "cached user, the profiles they have (one call per user) from the server again."));
    setRefreshHandler(
        [this](const QStringList &) {
            this->session()->refreshResources(
                {Store::SyncRequest::Resource::Profiles, Store::SyncRequest::Resource::ProfileMembers},
                tr("Refreshing the skill profiles and who has them…"));
        },
        RefreshScope::WholeList);

    m_link->setObjectName(u"actionLinkSkillProfileUsers"_s);
    m_link->setToolTip(tr("Link users to the current skill profile by their IDs (addSkillProfileUsers)."));
    m_unlink->setObjectName(u"actionUnlinkSkillProfileUsers"_s);
    m_unlink->setToolTip(
        tr("Unlink the users selected in the details from the current skill profile (deleteSkillProfileUsers)."));
    addPaneAction(m_link, true);
    addPaneAction(m_unlink, false);
    m_members->table()->addAction(m_unlink);

    connect(this, &ResourcePane::currentKeyChanged, this, &SkillProfilesPane::showProfile);
    connect(m_model, &SkillProfileTableModel::loaded, this, &SkillProfilesPane::updateMembersTitle);
    showProfile({}); // the members list says what to choose until something is chosen
    connect(this, &ResourcePane::selectionChanged, this, &SkillProfilesPane::updateActions);
    connect(m_members, &MemberList::selectionChanged, this, &SkillProfilesPane::updateActions);
    connect(session, &Models::CacheSession::openingChanged, this, &SkillProfilesPane::updateActions);
    connect(m_link, &QAction::triggered, this, [this] { launch(Fn::AddSkillProfileUsers, {}); });
    connect(m_unlink, &QAction::triggered, this, [this] {
        const QStringList uids = m_members->selectedUids();
        if (!uids.isEmpty())
            launch(Fn::DeleteSkillProfileUsers, uids);
    });

    loadCache();
    updateActions();
}

SkillProfilesPane::~SkillProfilesPane() = default;

void SkillProfilesPane::launch(Api::Fn fn, const QStringList &userUids)
{
    const int row = m_model->rowOf(currentKey());
    const Store::SkillProfileListRow *profile = m_model->rowAt(row);
    if (!m_launcher || !profile)
        return;
    CommandLauncher::Request request;
    request.fn = fn;
    // a profile need not have an external ID: then the form names it by UID
    const QString idParam = QString(Api::paramName(profile->id.isEmpty() ? P::skillProfileUID : P::skillProfileID));
    request.preset.add(idParam, profile->id.isEmpty() ? profile->uid : profile->id);
    request.locked << idParam;
    if (!userUids.isEmpty()) {
        const QString users = QString(Api::paramName(P::userUID));
        request.preset.setList(users, userUids);
        request.locked << users;
    }
    //: the object of a command form, e.g. "skill profile Safety (SP-1)"
    request.objectLabel
        = tr("skill profile %1 (%2)").arg(profile->name, profile->id.isEmpty() ? profile->uid : profile->id);
    m_launcher->openCommand(request);
}

void SkillProfilesPane::showProfile(const QString &uid)
{
    Store::UserQuery query;
    query.skillProfileUid = uid;
    m_members->setQuery(query, QString());
    updateMembersTitle();
    updateActions();
}

void SkillProfilesPane::updateMembersTitle()
{
    const Store::SkillProfileListRow *profile = m_model->rowAt(m_model->rowOf(currentKey()));
    QString title = tr("Choose a skill profile to see its users.");
    if (profile && profile->memberCount > 0)
        title = tr("Users with %1").arg(profile->name);
    else if (profile)
        title = tr("No users known to have %1. A synchronisation does not ask who has a profile (one call per "
                   "user); Refresh skill profiles does.")
                    .arg(profile->name);
    m_members->titleLabel()->setText(title);
}

void SkillProfilesPane::updateActions()
{
    const bool ready = !m_model->cacheFile().isEmpty() && !session()->isOpening();
    const bool profile = m_launcher && ready && !currentKey().isEmpty();
    m_link->setEnabled(profile);
    m_unlink->setEnabled(profile && !m_members->selectedUids().isEmpty());
    updateSkeletonActions();
}

QString SkillProfilesPane::countText(int count) const
{
    //: number of skill profiles shown, e.g. "8 skill profiles"
    return tr("%Ln skill profile(s)", nullptr, count);
}

} // namespace Springdesk::Views
