#include "views/ssolinkdialog.h"

#include "views/ssolinkform.h"

#include <QLineEdit>
#include <QPushButton>

#include <QDialogButtonBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

SsoLinkDialog::SsoLinkDialog(
    Models::SsoLinkMaker *maker, const QString &uid, const QString &externalId, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_form(new SsoLinkForm(maker, this))
{
    setObjectName(u"ssoLinkDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    //: window title; %1 is the user's name
    setWindowTitle(tr("SSO login link for %1").arg(name));
    m_form->setUser(uid, externalId, name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), 520), sizeHint().height());
    m_form->getLinkButton()->setDefault(true);
    m_form->courseEdit()->setFocus();
}

} // namespace Springdesk::Views
