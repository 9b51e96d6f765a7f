#include "views/profiledialog.h"

#include "ui_profiledialog.h"

#include "core/api/connectionprobe.h"
#include "core/secrets/profilesecrets.h"
#include "core/settings/profilestore.h"
#include "models/activitylog.h"
#include "models/profilelistmodel.h"
#include "models/tagicon.h"
#include "views/messageboxes.h"
#include "views/viewslog.h"

#include <QAction>
#include <QPointer>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;
using Springdesk::Secrets::SecretError;
using Springdesk::Secrets::SecretJob;
using Springdesk::Settings::ConnectionProfile;
using Springdesk::Settings::ProfileTag;

namespace Springdesk::Views {

namespace {

const QString ErrorStyle = u"color: #c62828;"_s;

} // namespace

ProfileDialog::ProfileDialog(
    Settings::ProfileStore *store, Secrets::ProfileSecrets *secrets, Models::ActivityLog *log, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_store(store)
    , m_secrets(secrets)
    , m_log(log)
    , m_model(new Models::ProfileListModel(store, this))
    , m_probe(new Api::ConnectionProbe(this))
    , m_tagError(new QLabel(this))
{
    m_ui->setupUi(this);
    m_tagError->setObjectName(u"tagError"_s);
    m_tagError->setStyleSheet(ErrorStyle);
    m_tagError->setWordWrap(true);
    m_tagError->hide();
    int tagRow = 0;
    QFormLayout::ItemRole tagRole{};
    m_ui->form->getWidgetPosition(m_ui->tagCombo, &tagRow, &tagRole);
    m_ui->form->insertRow(tagRow + 1, QString(), m_tagError);
    connect(m_ui->tagCombo, &QComboBox::currentIndexChanged, m_tagError, &QWidget::hide);
    m_ui->tagCombo->setPlaceholderText(tr("Choose: Test, Acceptance or Production"));
    m_ui->profileList->setModel(m_model);
    m_ui->profileList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->nameError->setStyleSheet(ErrorStyle);
    m_ui->urlError->setStyleSheet(ErrorStyle);
    for (const ProfileTag tag : ConnectionProfile::allTags())
        m_ui->tagCombo->addItem(Models::tagIcon(tag), ConnectionProfile::tagDisplayName(tag), static_cast<int>(tag));
    m_ui->keyEdit->setPlaceholderText(tr("Paste the API key from the environment’s settings"));
    m_ui->urlEdit->setToolTip(
        tr("The environment’s API address. Only https:// is accepted, except for this computer."));
    for (QLabel *label : {m_ui->nameError, m_ui->urlError, m_ui->keyStatus, m_ui->testResult})
        label->setMinimumWidth(320); // word-wrapped labels in a form otherwise shrink to a narrow column
    m_ui->testResult->setTextFormat(Qt::PlainText);
    m_ui->testResult->hide();
    clearErrors();

    connect(m_ui->profileList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ProfileDialog::onSelectionChanged);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        if (confirmDiscard())
            startNewProfile();
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfileDialog::removeCurrent);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_probe, &Api::ConnectionProbe::finished, this, &ProfileDialog::showProbeResult);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, [this] {
        if (!m_busy && confirmDiscard())
            reject();
    });
    const auto markDirty = [this] {
        if (!m_loading)
            m_dirty = true;
    };
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, markDirty);
    connect(m_ui->urlEdit, &QLineEdit::textEdited, this, markDirty);
    connect(m_ui->keyEdit, &QLineEdit::textEdited, this, markDirty);
    // what was said about the previous address or key no longer holds
    connect(m_ui->urlEdit, &QLineEdit::textEdited, this, &ProfileDialog::onAddressOrKeyEdited);
    connect(m_ui->keyEdit, &QLineEdit::textEdited, this, &ProfileDialog::onAddressOrKeyEdited);
    QAction *showKey = m_ui->keyEdit->addAction(
        QIcon::fromTheme(u"view-visible"_s, style()->standardIcon(QStyle::SP_FileDialogContentsView)),
        QLineEdit::TrailingPosition);
    showKey->setObjectName(u"actionShowKey"_s);
    showKey->setCheckable(true);
    showKey->setToolTip(tr("Show or hide the key"));
    connect(showKey, &QAction::toggled, this,
        [this](bool shown) { m_ui->keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, markDirty);
    connect(m_ui->tagCombo, &QComboBox::currentIndexChanged, this, markDirty);

    if (const auto active = m_store->activeProfile())
        selectProfile(active->id);
    else if (m_store->count() > 0)
        selectProfile(m_store->profiles().first().id);
    else
        startNewProfile();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::selectProfile(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    {
        const QSignalBlocker blocker(m_ui->profileList->selectionModel());
        m_ui->profileList->setCurrentIndex(m_model->index(row));
    }
    loadProfile(id);
}

void ProfileDialog::startNewProfile()
{
    m_loading = true;
    m_ui->profileList->selectionModel()->clearSelection();
    m_ui->profileList->setCurrentIndex({});
    m_currentId.clear();
    m_ui->nameEdit->clear();
    m_ui->urlEdit->clear();
    m_ui->tagCombo->setCurrentIndex(-1); // no tag until the admin chooses one
    m_ui->notesEdit->clear();
    m_ui->keyEdit->clear();
    m_ui->removeButton->setEnabled(false);
    m_ui->testResult->hide();
    m_probe->cancel();
    m_loading = false;
    m_dirty = false;
    clearErrors();
    refreshKeyStatus();
    m_ui->nameEdit->setFocus();
}

void ProfileDialog::onAddressOrKeyEdited()
{
    m_ui->testResult->hide();
    m_ui->testResult->clear();
    ++m_testGeneration; // a test still running answers for what was there before
    m_probe->cancel();
    m_ui->testButton->setEnabled(!m_busy);
    setFieldError(u"url"_s, {});
    const auto profile = m_store->profile(m_currentId);
    if (!profile)
        return;
    const QUrl typed(m_ui->urlEdit->text().trimmed());
    const QString oldEntry = Secrets::ProfileSecrets::entryName(profile->id, profile->baseUrl);
    const QString newEntry = Secrets::ProfileSecrets::entryName(profile->id, typed);
    if (!newEntry.isEmpty() && newEntry != oldEntry && m_ui->keyEdit->text().trimmed().isEmpty()) {
        // a key is bound to its host: the stored one will not be sent to the new one
        m_ui->keyStatus->setText(tr("The address now points at another host (%1). Enter the API key for it: the "
                                    "key stored for %2 is not sent there and is removed when you save.")
                                     .arg(typed.host(), profile->baseUrl.host()));
        m_ui->keyStatus->setStyleSheet(ErrorStyle);
    } else if (m_ui->keyStatus->styleSheet() == ErrorStyle) {
        m_ui->keyStatus->setStyleSheet({});
        refreshKeyStatus();
    }
}

void ProfileDialog::onSelectionChanged()
{
    const QString id = m_model->idAt(m_ui->profileList->currentIndex().row());
    if (id.isEmpty() || id == m_currentId)
        return;
    if (!confirmDiscard()) {
        const QSignalBlocker blocker(m_ui->profileList->selectionModel());
        m_ui->profileList->setCurrentIndex(m_model->index(m_model->rowOf(m_currentId)));
        return;
    }
    loadProfile(id);
}

void ProfileDialog::loadProfile(const QString &id)
{
    const auto profile = m_store->profile(id);
    if (!profile)
        return;
    m_loading = true;
    m_currentId = id;
    m_ui->nameEdit->setText(profile->name);
    m_ui->urlEdit->setText(profile->baseUrl.toString());
    m_ui->tagCombo->setCurrentIndex(m_ui->tagCombo->findData(static_cast<int>(profile->tag)));
    m_ui->notesEdit->setPlainText(profile->notes);
    m_ui->keyEdit->clear();
    m_ui->removeButton->setEnabled(true);
    m_ui->testResult->hide();
    m_probe->cancel();
    m_loading = false;
    m_dirty = false;
    clearErrors();
    m_ui->keyStatus->setStyleSheet({});
    refreshKeyStatus();
}

bool ProfileDialog::confirmDiscard()
{
    if (!m_dirty)
        return true;
    const auto answer
        = MessageBoxes::question(this, tr("Discard changes?"), tr("The profile has unsaved changes. Discard them?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_dirty = false;
    return true;
}

void ProfileDialog::clearErrors()
{
    m_tagError->clear();
    m_tagError->hide();
    m_ui->nameError->clear();
    m_ui->nameError->hide();
    m_ui->urlError->clear();
    m_ui->urlError->hide();
}

void ProfileDialog::setFieldError(const QString &field, const QString &message)
{
    QLabel *label = field == "name"_L1 ? m_ui->nameError : m_ui->urlError;
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void ProfileDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_ui->profileList, m_ui->addButton, m_ui->removeButton, m_ui->buttonBox, m_ui->testButton})
        widget->setEnabled(!busy);
    if (!busy)
        m_ui->removeButton->setEnabled(!m_currentId.isEmpty());
}

void ProfileDialog::save()
{
    if (m_busy)
        return;
    clearErrors();
    ConnectionProfile profile;
    if (!m_currentId.isEmpty())
        profile = *m_store->profile(m_currentId);
    profile.name = m_ui->nameEdit->text();
    profile.baseUrl = QUrl(m_ui->urlEdit->text().trimmed());
    profile.tag = static_cast<ProfileTag>(m_ui->tagCombo->currentData().toInt());
    profile.notes = m_ui->notesEdit->toPlainText();

    // The address is checked as typed, so that its message quotes what the user entered.
    const auto urlCheck = Settings::ProfileValidator::checkBaseUrl(m_ui->urlEdit->text());
    if (!urlCheck.ok()) {
        setFieldError(u"name"_s, Settings::ProfileValidator::checkName(profile.name, m_store->profiles(), profile.id));
        setFieldError(u"url"_s, urlCheck.error);
        return;
    }
    profile.baseUrl = urlCheck.url;

    if (m_ui->tagCombo->currentIndex() < 0) {
        m_tagError->setText(tr("Choose what kind of environment this is (Test, Acceptance or Production); the tag "
                               "stays visible in the window."));
        m_tagError->show();
        return;
    }
    const bool isNew = m_currentId.isEmpty();
    QString id = profile.id;
    const Settings::ProfileErrors errors = isNew ? m_store->add(profile, &id) : m_store->update(profile);
    if (!errors.ok()) {
        setFieldError(u"name"_s, errors.name);
        setFieldError(u"url"_s, errors.baseUrl);
        return;
    }
    m_currentId = id;
    m_dirty = false;
    m_log->info(isNew ? tr("Profile “%1” added.").arg(profile.name.trimmed())
                      : tr("Profile “%1” saved.").arg(profile.name.trimmed()));
    if (isNew && m_store->activeId() != id)
        offerSwitch(id);
    {
        const QSignalBlocker blocker(m_ui->profileList->selectionModel());
        m_ui->profileList->setCurrentIndex(m_model->index(m_model->rowOf(id)));
    }
    m_ui->removeButton->setEnabled(true);
    m_ui->urlEdit->setText(urlCheck.url.toString());

    const QString key = m_ui->keyEdit->text().trimmed();
    if (key.isEmpty()) {
        refreshKeyStatus();
        Q_EMIT profileSaved(id);
        return;
    }
    storeKey(id, key);
}

void ProfileDialog::offerSwitch(const QString &id)
{
    // Switching may point the window at Production: it is an explicit act, never a side effect.
    const auto profile = m_store->profile(id);
    const auto active = m_store->activeProfile();
    if (!profile || !active)
        return;
    const auto answer = MessageBoxes::question(this, tr("Switch profile?"),
        tr("Profile “%1” was added. Switch the window from “%2” (%3) to “%1” (%4) now?")
            .arg(profile->name, active->name, ConnectionProfile::tagDisplayName(active->tag),
                ConnectionProfile::tagDisplayName(profile->tag)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_store->setActive(id);
}

void ProfileDialog::storeKey(const QString &id, const QString &key)
{
    setBusy(true);
    m_ui->keyStatus->setText(tr("Saving the API key in the system keyring…"));
    SecretJob *job = m_secrets->storePermanently(id, key);
    connect(job, &SecretJob::finished, this, [this, key](SecretJob *finished) { onKeyStored(finished, key); });
}

void ProfileDialog::onKeyStored(SecretJob *job, const QString &key)
{
    const QString id = job->profileId();
    const QString name = m_store->profile(id) ? m_store->profile(id)->name : QString();
    if (job->ok()) {
        m_log->success(tr("API key of “%1” stored in the system keyring.").arg(name));
    } else {
        const QString reason = job->error()->userText();
        m_log->warning(tr("The API key of “%1” could not be stored in the system keyring: %2").arg(name, reason));
        const auto answer = MessageBoxes::warning(this, tr("Keyring unavailable"),
            tr("The API key could not be stored in the system keyring.\n\n%1\n\nKeep the key for this session "
               "only? Springdesk will forget it when it closes; nothing is written to disk.")
                .arg(reason),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            SecretJob *sessionJob = m_secrets->storeForSession(id, key);
            connect(sessionJob, &SecretJob::finished, this, [this, id, name](SecretJob *) {
                m_log->info(tr("API key of “%1” kept for this session only.").arg(name));
                m_ui->keyEdit->clear();
                setBusy(false);
                refreshKeyStatus();
                Q_EMIT profileSaved(id);
            });
            return;
        }
        m_log->warning(tr("No API key is stored for “%1”.").arg(name));
    }
    m_ui->keyEdit->clear();
    setBusy(false);
    refreshKeyStatus();
    Q_EMIT profileSaved(id);
}

void ProfileDialog::removeCurrent()
{
    const auto profile = m_store->profile(m_currentId);
    if (!profile || m_busy)
        return;
    const auto answer = MessageBoxes::question(this, tr("Remove profile"),
        tr("Remove the profile “%1” and its stored API key? The environment itself is not changed.").arg(profile->name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    SecretJob *job = m_secrets->remove(profile->id);
    const QString name = profile->name;
    QPointer<Models::ActivityLog> log(m_log);
    connect(job, &SecretJob::finished, m_log, [log, name](SecretJob *finished) {
        if (!finished->ok() && log)
            log->warning(tr("The API key of the removed profile “%1” could not be deleted from the keyring: %2")
                             .arg(name, finished->error()->userText()));
    });
    m_store->remove(profile->id);
    m_log->info(tr("Profile “%1” removed.").arg(name));
    m_dirty = false;
    if (m_store->count() > 0)
        selectProfile(m_store->activeProfile() ? m_store->activeId() : m_store->profiles().first().id);
    else
        startNewProfile();
}

void ProfileDialog::refreshKeyStatus()
{
    const int generation = ++m_keyStatusGeneration;
    m_ui->keyStatus->setStyleSheet({});
    if (m_currentId.isEmpty()) {
        m_ui->keyStatus->setText(tr("The key is stored in the system keyring when you save."));
        return;
    }
    if (m_secrets->isSessionOnly(m_currentId)) {
        m_ui->keyStatus->setText(tr("Key kept for this session only; it is forgotten when Springdesk closes."));
        return;
    }
    m_ui->keyStatus->setText(tr("Checking the system keyring…"));
    SecretJob *job = m_secrets->read(m_currentId);
    connect(job, &SecretJob::finished, this, [this, generation](SecretJob *finished) {
        if (generation != m_keyStatusGeneration)
            return; // another profile was selected meanwhile
        if (finished->ok())
            m_ui->keyStatus->setText(tr("A key is stored in the system keyring. Leave the field empty to keep it."));
        else if (finished->error()->kind == SecretError::Kind::NotFound)
            m_ui->keyStatus->setText(tr("No API key stored yet."));
        else
            m_ui->keyStatus->setText(finished->error()->userText());
    });
}

} // namespace Springdesk::Views

namespace Springdesk::Views {

bool ProfileDialog::isTesting() const
{
    return m_probe->isRunning();
}

void ProfileDialog::setTestTimeoutMs(qint64 ms)
{
    m_probe->setTimeoutMs(ms);
}

void ProfileDialog::testConnection()
{
    const auto urlCheck = Settings::ProfileValidator::checkBaseUrl(m_ui->urlEdit->text());
    setFieldError(u"url"_s, urlCheck.error);
    if (!urlCheck.ok())
        return;
    const QString typedKey = m_ui->keyEdit->text().trimmed();
    const int generation = ++m_testGeneration;
    m_ui->testButton->setEnabled(false);
    m_ui->testResult->setStyleSheet({});
    m_ui->testResult->setText(tr("Testing the connection to %1…").arg(urlCheck.url.host()));
    m_ui->testResult->show();
    if (!typedKey.isEmpty() || m_currentId.isEmpty()) {
        probeWith(urlCheck.url, typedKey);
        return;
    }
    // No key typed: test with the stored one.
    SecretJob *job = m_secrets->read(m_currentId);
    const QUrl url = urlCheck.url;
    connect(job, &SecretJob::finished, this, [this, generation, url](SecretJob *finished) {
        if (generation != m_testGeneration)
            return;
        if (finished->ok()) {
            probeWith(url, finished->value());
            return;
        }
        m_ui->testButton->setEnabled(true);
        m_ui->testResult->setStyleSheet(ErrorStyle);
        m_ui->testResult->setText(finished->error()->kind == SecretError::Kind::NotFound
                ? tr("Enter the API key first: none is stored for this profile.")
                : finished->error()->userText());
    });
}

void ProfileDialog::probeWith(const QUrl &url, const QString &key)
{
    m_probe->probe(url, key);
}

void ProfileDialog::showProbeResult(const Api::ProbeResult &result)
{
    m_ui->testButton->setEnabled(!m_busy);
    QStringList lines{result.userText};
    for (const Api::TlsProblem &problem : result.tlsProblems) {
        lines << QString();
        lines << tr("Problem: %1").arg(problem.reason);
        if (!problem.subject.isEmpty())
            lines << tr("Issued to: %1").arg(problem.subject);
        if (!problem.issuer.isEmpty())
            lines << tr("Issued by: %1").arg(problem.issuer);
        if (!problem.sha256Fingerprint.isEmpty())
            lines << tr("SHA-256 fingerprint: %1").arg(problem.sha256Fingerprint);
    }
    m_ui->testResult->setText(lines.join(u'\n'));
    m_ui->testResult->setStyleSheet(result.ok() ? u"color: #2e7d32;"_s : ErrorStyle);
    m_ui->testResult->show();
    const QString host = result.baseUrl.host();
    if (result.ok())
        m_log->success(tr("Connection test to %1 succeeded.").arg(host));
    else
        m_log->warning(tr("Connection test to %1 failed: %2").arg(host, result.userText));
    Q_EMIT connectionTested(result);
}

} // namespace Springdesk::Views
