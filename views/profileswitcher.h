#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace Springdesk::Settings {
class ProfileStore;
}
namespace Springdesk::Models {
class ProfileListModel;
}

namespace Springdesk::Views {

class TagLabel;

// The toolbar's profile switcher: a combo of every profile (the active one selected), the
// active profile's coloured tag, and a button to manage profiles.
class ProfileSwitcher final : public QWidget
{
    Q_OBJECT

public:
    ProfileSwitcher(Settings::ProfileStore *store, Models::ProfileListModel *model, QWidget *parent = nullptr);

    QComboBox *comboBox() const { return m_combo; }
    TagLabel *tagLabel() const { return m_tag; }
    QToolButton *manageButton() const { return m_manage; }

Q_SIGNALS:
    void manageRequested();

private:
    void syncFromStore();
    void onActivated(int row);

    Settings::ProfileStore *m_store;
    Models::ProfileListModel *m_model;
    QLabel *m_label;
    QComboBox *m_combo;
    TagLabel *m_tag;
    QToolButton *m_manage;
};

} // namespace Springdesk::Views
