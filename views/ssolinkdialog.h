#pragma once

#include <QDialog>

namespace Springdesk::Models {
class SsoLinkMaker;
}

namespace Springdesk::Views {

class SsoLinkForm;

// "Get SSO login link…" for one user, from the Users pane: the SsoLinkForm in a small
// window-modal dialog (not blocking; deletes itself when closed). The link lands in the same list
// as the SSO login links pane's (the maker's).
class SsoLinkDialog final : public QDialog
{
    Q_OBJECT

public:
    SsoLinkDialog(Models::SsoLinkMaker *maker, const QString &uid, const QString &externalId, const QString &name,
        QWidget *parent);

    SsoLinkForm *form() const { return m_form; }

private:
    SsoLinkForm *m_form;
};

} // namespace Springdesk::Views
