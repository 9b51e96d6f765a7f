#include "views/ssolinkform.h"

#include "models/connectionservice.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

SsoLinkForm::SsoLinkForm(Models::SsoLinkMaker *maker, QWidget *parent)
    : QWidget(parent)
    , m_maker(maker)
    , m_user(new QLabel(this))
    , m_course(new QLineEdit(this))
    , m_activity(new QLineEdit(this))
    , m_redirect(new QLineEdit(this))
    , m_get(new QPushButton(tr("&Get link"), this))
    , m_link(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy link"), this))
    , m_open(new QPushButton(tr("&Open in browser"), this))
    , m_status(new QLabel(this))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(u"ssoLinkForm"_s);
    m_user->setObjectName(u"ssoUser"_s);
    m_user->setWordWrap(true);
    m_course->setObjectName(u"ssoCourse"_s);
    m_course->setPlaceholderText(tr("optional course ID"));
    m_activity->setObjectName(u"ssoActivity"_s);
    m_activity->setPlaceholderText(tr("optional, with a course"));
    m_redirect->setObjectName(u"ssoRedirect"_s);
    m_redirect->setPlaceholderText(tr("optional, e.g. /catalog"));
    m_link->setObjectName(u"ssoLinkText"_s);
    m_link->setReadOnly(true);
    m_link->setPlaceholderText(tr("no link made yet"));
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_user);
    layout->addLayout(form);
    layout->addWidget(warning);
    layout->addLayout(buttons);
    layout->addWidget(m_link);
    layout->addWidget(m_status);

    connect(m_maker->connection(), &Models::ConnectionService::readyChanged, this, &SsoLinkForm::updateButtons);
    connect(m_get, &QPushButton::clicked, this, &SsoLinkForm::getLink);
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
    connect(m_maker, &Models::SsoLinkMaker::made, this, [this](qint64 id, const QUrl &url, const QDateTime &madeAt) {
        if (id != m_pending)
            return;
        m_pending = 0;
        m_last = url;
        m_link->setText(url.toString(QUrl::FullyEncoded));
        updateButtons();
        showStatus(tr("Link made at %1. Copy it or open it now: it works once, for a short time.")
                       .arg(QLocale().toString(madeAt.time(), QLocale::ShortFormat)),
            false);
        Q_EMIT linkMade(url);
    });
    connect(m_maker, &Models::SsoLinkMaker::failed, this, [this](qint64 id, const QString &message) {
        if (id != m_pending)
            return;
        m_pending = 0;
        updateButtons();
        showStatus(message, true);
    });
    updateButtons();
}

SsoLinkForm::~SsoLinkForm() = default;

void SsoLinkForm::setUser(const QString &uid, const QString &externalId, const QString &name)
{
    if (uid != m_userUid) {
        m_link->clear(); // a link is for the user it was made for
        m_last.clear();
    }
    m_userUid = uid;
    m_userId = externalId;
    m_userName = name;
    updateButtons();
}

QUrl SsoLinkForm::chosenLink() const
{
    return m_chooser ? m_chooser() : m_last;
}

bool SsoLinkForm::getLink()
{
    if (m_pending)
        return false;
    if (m_userUid.isEmpty()) {
        showStatus(tr("Choose the user the link is for."), true);
        return false;
    }
    Models::SsoLinkMaker::Request request;
    request.userUid = m_userUid;
    request.userId = m_userId;
    request.userName = m_userName;
    request.courseId = m_course->text().trimmed();
    request.activityId = m_activity->text().trimmed();
    request.redirect = m_redirect->text().trimmed();
    QString why;
    m_pending = m_maker->make(request, &why);
    if (!m_pending) {
        showStatus(why, true);
        return false;
    }
    showStatus(tr("Asking the server for a login token…"), false);
    updateButtons();
    return true;
}

void SsoLinkForm::updateButtons()
{
    //: above the SSO link form: who the link is for
    m_user->setText(m_userUid.isEmpty() ? tr("Choose a user in the list.") : tr("Link for %1").arg(m_userName));
    m_get->setEnabled(!m_pending && !m_userUid.isEmpty() && m_maker->isReady());
    const bool link = chosenLink().isValid();
    m_copy->setEnabled(link);
    m_open->setEnabled(link);
    m_link->setVisible(m_last.isValid());
}

void SsoLinkForm::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: palette(highlight);"_s : QString());
}

} // namespace Springdesk::Views
