#include "views/profileswitcher.h"

#include "core/settings/profilestore.h"
#include "models/profilelistmodel.h"
#include "views/taglabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

ProfileSwitcher::ProfileSwitcher(Settings::ProfileStore *store, Models::ProfileListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(model)
    , m_label(new QLabel(tr("&Environment:"), this))
    , m_combo(new QComboBox(this))
    , m_tag(new TagLabel(this))
    , m_manage(new QToolButton(this))
{
    m_combo->setObjectName(u"profileCombo"_s);
    m_combo->setModel(m_model);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(18);
    m_combo->setToolTip(tr("The environment Springdesk works on"));
    m_label->setBuddy(m_combo);

    m_manage->setObjectName(u"manageProfilesButton"_s);
    m_manage->setText(tr("Manage…"));
    m_manage->setToolTip(tr("Add, edit or remove connection profiles"));
    m_manage->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addWidget(m_tag, 0, Qt::AlignVCenter);
    layout->addWidget(m_manage);

    connect(m_combo, &QComboBox::activated, this, &ProfileSwitcher::onActivated);
    connect(m_manage, &QToolButton::clicked, this, &ProfileSwitcher::manageRequested);
    connect(m_store, &Settings::ProfileStore::activeProfileChanged, this, &ProfileSwitcher::syncFromStore);
    connect(m_store, &Settings::ProfileStore::profileUpdated, this, &ProfileSwitcher::syncFromStore);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProfileSwitcher::syncFromStore);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProfileSwitcher::syncFromStore);
    syncFromStore();
}

void ProfileSwitcher::syncFromStore()
{
    const auto active = m_store->activeProfile();
    m_combo->setCurrentIndex(active ? m_model->rowOf(active->id) : -1);
    m_combo->setEnabled(m_model->rowCount() > 0);
    m_combo->setPlaceholderText(tr("No profile — add one"));
    m_tag->setTag(active ? std::optional(active->tag) : std::nullopt);
}

void ProfileSwitcher::onActivated(int row)
{
    const QString id = m_model->idAt(row);
    if (!id.isEmpty())
        m_store->setActive(id);
}

} // namespace Springdesk::Views
