#include "viewtestfixture.h"

#include "views/messageboxes.h"
#include "views/profiledialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Springdesk;
using Views::MessageBoxes;
using Views::ProfileDialog;

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

void fill(ProfileDialog *dialog, const QString &name, const QString &url, Settings::ProfileTag tag, const QString &key)
{
    auto *nameEdit = child<QLineEdit>(dialog, "nameEdit");
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, name);
    auto *urlEdit = child<QLineEdit>(dialog, "urlEdit");
    urlEdit->selectAll();
    QTest::keyClicks(urlEdit, url);
    auto *tags = child<QComboBox>(dialog, "tagCombo");
    tags->setCurrentIndex(tags->findData(static_cast<int>(tag)));
    QTest::keyClicks(child<QLineEdit>(dialog, "keyEdit"), key);
}

void clickSave(ProfileDialog *dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
}

QString readSecret(Secrets::SecretStore *store, const QString &id)
{
    QString value = u"<unfinished>"_s;
    auto *job = store->read(id);
    QObject::connect(job, &Secrets::SecretJob::finished, job,
        [&value](Secrets::SecretJob *finished) { value = finished->ok() ? finished->value() : u"<error>"_s; });
    if (!QTest::qWaitFor([&value] { return value != u"<unfinished>"_s; }, 5000))
        return u"<timeout>"_s;
    return value;
}

} // namespace

class TestProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { MessageBoxes::clearShownTexts(); }
    void createsProfileAndStoresKey();
    void showsValidationErrors_data();
    void showsValidationErrors();
    void keyringFailureOffersSessionOnly();
    void keyringFailureDeclined();
    void editsAndRemoves();
    void keyNeverInSettingsOrLog();
    void testConnection_data();
    void testConnection();
    void testConnectionWithStoredKey();
    void testConnectionShowsCertificateDetails();
    void newProfileSwitchesOnlyWhenAsked_data();
    void newProfileSwitchesOnlyWhenAsked();
    void anotherHostAsksForTheKey();
    void newProfileHasNoTagUntilChosen();
};

void TestProfileDialog::newProfileHasNoTagUntilChosen()
{
    ViewTest::Fixture fixture;
    ProfileDialog dialog(fixture.profiles.get(), fixture.secrets.get(), &fixture.log);
    dialog.show();
    auto *tags = child<QComboBox>(&dialog, "tagCombo");
    QCOMPARE(tags->currentIndex(), -1);
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), u"Somewhere"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, "urlEdit"), u"https://somewhere.example/api/"_s);
    clickSave(&dialog);
    auto *tagError = child<QLabel>(&dialog, "tagError");
    QVERIFY(tagError->isVisible());
    QVERIFY(tagError->text().startsWith(u"Choose what kind of environment"_s));
    QCOMPARE(fixture.profiles->count(), 0);
    tags->setCurrentIndex(tags->findData(static_cast<int>(Settings::ProfileTag::Acceptance)));
    QVERIFY(!tagError->isVisible());
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    clickSave(&dialog);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(fixture.profiles->profiles().first().tag, Settings::ProfileTag::Acceptance);
}

void TestProfileDialog::newProfileSwitchesOnlyWhenAsked_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::newRow("no") << QMessageBox::No;
    QTest::newRow("yes") << QMessageBox::Yes;
}

void TestProfileDialog::newProfileSwitchesOnlyWhenAsked()
{
    QFETCH(QMessageBox::StandardButton, answer);
    ViewTest::Fixture fixture;
    QString production;
    QVERIFY(fixture.profiles
                ->add(Settings::ConnectionProfile::create(
                          u"Production"_s, QUrl(u"https://prod.example/api/"_s), Settings::ProfileTag::Production),
                    &production)
                .ok());
    QCOMPARE(fixture.profiles->activeId(), production);
    ProfileDialog dialog(fixture.profiles.get(), fixture.secrets.get(), &fixture.log);
    dialog.show();
    dialog.startNewProfile();
    fill(&dialog, u"Test copy"_s, u"https://test.example/api/"_s, Settings::ProfileTag::Test, {});
    MessageBoxes::setNextAnswer(answer);
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    clickSave(&dialog);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(fixture.profiles->count(), 2);
    // saving is not switching: the window asks (default No) and switches only on Yes
    QCOMPARE(MessageBoxes::shownTexts().size(), 1);
    QVERIFY2(MessageBoxes::shownTexts().first().contains(u"Switch the window from “Production” (Production) to "
                                                         "“Test copy” (Test) now?"_s),
        qPrintable(MessageBoxes::shownTexts().first()));
    const QString added = saved.first().first().toString();
    QCOMPARE(fixture.profiles->activeId(), answer == QMessageBox::Yes ? added : production);
}

void TestProfileDialog::anotherHostAsksForTheKey()
{
    ViewTest::Fixture fixture;
    QString id;
    QVERIFY(fixture.profiles
                ->add(Settings::ConnectionProfile::create(
                          u"Acceptance"_s, QUrl(u"https://acc.example/api/"_s), Settings::ProfileTag::Acceptance),
                    &id)
                .ok());
    QSignalSpy stored(fixture.secrets.get(), &Secrets::ProfileSecrets::keyChanged);
    fixture.secrets->storePermanently(id, u"acceptance-key"_s);
    QVERIFY(stored.wait(5000));
    ProfileDialog dialog(fixture.profiles.get(), fixture.secrets.get(), &fixture.log);
    dialog.show();
    auto *keyStatus = child<QLabel>(&dialog, "keyStatus");
    QTRY_COMPARE(keyStatus->text(), u"A key is stored in the system keyring. Leave the field empty to keep it."_s);

    // a stale test result goes as soon as the address changes
    auto *testResult = child<QLabel>(&dialog, "testResult");
    testResult->setText(u"Connected to acc.example"_s);
    testResult->show();
    auto *urlEdit = child<QLineEdit>(&dialog, "urlEdit");
    urlEdit->selectAll();
    QTest::keyClicks(urlEdit, u"https://prod.example/api/"_s);
    QVERIFY(testResult->isHidden());
    QVERIFY2(keyStatus->text().contains(u"another host (prod.example). Enter the API key for it"_s),
        qPrintable(keyStatus->text()));

    // the key field can be shown to check what was pasted
    auto *keyEdit = child<QLineEdit>(&dialog, "keyEdit");
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    dialog.findChild<QAction *>(u"actionShowKey"_s)->trigger();
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);

    // saved without a new key: the old host's key is gone, none is sent to the new host
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    clickSave(&dialog);
    QTRY_COMPARE(saved.count(), 1);
    QTRY_COMPARE(keyStatus->text(), u"No API key stored yet."_s);
    QCOMPARE(
        readSecret(fixture.keyring.get(), Secrets::ProfileSecrets::entryName(id, QUrl(u"https://acc.example/api/"_s))),
        u"<error>"_s);
    QTRY_COMPARE(fixture.status.state(), Models::ConnectionStatus::State::NoKey);
}

void TestProfileDialog::createsProfileAndStoresKey()
{
    ViewTest::Sandbox sandbox;
    QVERIFY(sandbox.start());
    ViewTest::Fixture fixture;
    auto window = fixture.makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->windowTitle(), u"Springdesk — no connection profile"_s);

    ProfileDialog *dialog = window->openProfileDialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->currentId().isEmpty()); // no profiles: starts a new one
    fill(dialog, u"Acme production"_s, sandbox.url().toString(), Settings::ProfileTag::Production, u"view-test-key"_s);
    QSignalSpy saved(dialog, &ProfileDialog::profileSaved);
    clickSave(dialog);
    QTRY_COMPARE(saved.count(), 1);

    QCOMPARE(fixture.profiles->count(), 1);
    const auto profile = *fixture.profiles->activeProfile();
    QCOMPARE(profile.name, u"Acme production"_s);
    QCOMPARE(profile.baseUrl, sandbox.url());
    QCOMPARE(profile.tag, Settings::ProfileTag::Production);
    // the key is bound to the profile and its host
    QCOMPARE(readSecret(fixture.keyring.get(), Secrets::ProfileSecrets::entryName(profile.id, profile.baseUrl)),
        u"view-test-key"_s);
    QVERIFY(!fixture.secrets->isSessionOnly(profile.id));
    QVERIFY(child<QLineEdit>(dialog, "keyEdit")->text().isEmpty());
    QCOMPARE(child<QLineEdit>(dialog, "urlEdit")->text(), sandbox.url().toString());
    QTRY_COMPARE(child<QLabel>(dialog, "keyStatus")->text(),
        u"A key is stored in the system keyring. Leave the field empty to keep it."_s);

    dialog->close();
    // The main window shows the active profile's name and tag.
    QCOMPARE(window->windowTitle(), u"Acme production [Production] — Springdesk"_s);
    auto *combo = window->findChild<QComboBox *>(u"profileCombo"_s);
    QCOMPARE(combo->currentText(), u"Acme production"_s);
    auto *tag = window->findChild<QLabel *>(u"tagLabel"_s);
    QVERIFY(tag->isVisible());
    QCOMPARE(tag->text(), u"Production"_s);
    QVERIFY(tag->styleSheet().contains(u"#c62828"_s));
    // … and, with the stored key, is connected to the server.
    QTRY_COMPARE_WITH_TIMEOUT(
        window->findChild<QLabel *>(u"connectionState"_s)->text(), u"Connected: 127.0.0.1"_s, 15000);
}

void TestProfileDialog::showsValidationErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("nameError");
    QTest::addColumn<QString>("urlError");
    QTest::newRow("http remote") << u"X"_s << u"http://acme.example/api/"_s << QString()
                                 << u"Unencrypted http:// is only allowed for this computer (localhost, 127.0.0.0/8, "
                                    "::1). Use https://acme.example instead."_s;
    QTest::newRow("key in url") << u"X"_s << u"https://acme.example/api/?_key=s3cret"_s << QString()
                                << u"The address contains the query field “_key”. An API key never belongs in an "
                                   "address; enter it in the API key field instead."_s;
    QTest::newRow("empty name") << QString() << u"https://acme.example/api/"_s << u"Enter a name for the profile."_s
                                << QString();
    QTest::newRow("duplicate") << u"existing"_s << u"https://other.example/api/"_s
                               << u"There is already a profile named “Existing”. Choose another name."_s << QString();
    QTest::newRow("both") << QString() << QString() << u"Enter a name for the profile."_s
                          << u"Enter the environment’s API address, for example https://example.anewspring.com/api/."_s;
}

void TestProfileDialog::showsValidationErrors()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, nameError);
    QFETCH(QString, urlError);

    ViewTest::Fixture fixture;
    QVERIFY(fixture.profiles
                ->add(Settings::ConnectionProfile::create(
                    u"Existing"_s, QUrl(u"https://e.example/api/"_s), Settings::ProfileTag::Test))
                .ok());
    ProfileDialog dialog(fixture.profiles.get(), fixture.secrets.get(), &fixture.log);
    dialog.show();
    dialog.startNewProfile();
    fill(&dialog, name, url, Settings::ProfileTag::Test, u"k"_s);
    clickSave(&dialog);
    QCOMPARE(child<QLabel>(&dialog, "nameError")->text(), nameError);
    QCOMPARE(child<QLabel>(&dialog, "nameError")->isVisible(), !nameError.isEmpty());
    QCOMPARE(child<QLabel>(&dialog, "urlError")->text(), urlError);
    QCOMPARE(child<QLabel>(&dialog, "urlError")->isVisible(), !urlError.isEmpty());
    QCOMPARE(fixture.profiles->count(), 1);
    QCOMPARE(fixture.session.contains(fixture.profiles->profiles().first().id), false);
}

void TestProfileDialog::keyringFailureOffersSessionOnly()
{
    ViewTest::Fixture fixture(false);
    ProfileDialog dialog(fixture.profiles.get(), fixture.secrets.get(), &fixture.log);
    dialog.show();
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    fill(&dialog, u"Local"_s, u"https://acme.example/api/"_s, Settings::ProfileTag::Test, u"session-key"_s);
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    clickSave(&dialog);
    QTRY_COMPARE(saved.count(), 1);

    const QString id = fixture.profiles->activeId();
    QVERIFY(fixture.secrets->isSessionOnly(id));
    QCOMPARE(readSecret(fixture.secrets->sessionStore(),
                 Secrets::ProfileSecrets::entryName(id, QUrl(u"https://acme.example/api/"_s))),
        u"session-key"_s);
    QCOMPARE(MessageBoxes::shownTexts().size(), 1);
    const QString question = MessageBoxes::shownTexts().first();
    QVERIFY2(question.contains(u"No keyring is available"_s), qPrintable(question));
    QVERIFY(question.contains(u"Could not connect: No such file or directory"_s));
    QVERIFY(question.contains(u"for this session only"_s));
    QCOMPARE(child<QLabel>(&dialog, "keyStatus")->text(),
        u"Key kept for this session only; it is forgotten when Springdesk closes."_s);
}

void TestProfileDialog::keyringFailureDeclined()
{
    ViewTest::Fixture fixture(false);
    ProfileDialog dialog(fixture.profiles.get(), fixture.secrets.get(), &fixture.log);
    dialog.show();
    MessageBoxes::setNextAnswer(QMessageBox::No);
    fill(&dialog, u"Local"_s, u"https://acme.example/api/"_s, Settings::ProfileTag::Test, u"k"_s);
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    clickSave(&dialog);
    QTRY_COMPARE(saved.count(), 1);
    const QString id = fixture.profiles->activeId();
    QVERIFY(!fixture.secrets->isSessionOnly(id));
    QVERIFY(!fixture.session.contains(id));
    QVERIFY(!dialog.isBusy());
    // The reason is shown where the key status is.
    QTRY_VERIFY(child<QLabel>(&dialog, "keyStatus")->text().startsWith(u"No keyring is available"_s));
}

void TestProfileDialog::editsAndRemoves()
{
    ViewTest::Fixture fixture;
    QString a;
    QString b;
    QVERIFY(fixture.profiles
                ->add(Settings::ConnectionProfile::create(
                          u"A"_s, QUrl(u"https://a.example/api/"_s), Settings::ProfileTag::Test),
                    &a)
                .ok());
    QVERIFY(fixture.profiles
                ->add(Settings::ConnectionProfile::create(
                          u"B"_s, QUrl(u"https://b.example/api/"_s), Settings::ProfileTag::Acceptance),
                    &b)
                .ok());
    ProfileDialog dialog(fixture.profiles.get(), fixture.secrets.get(), &fixture.log);
    dialog.show();
    QCOMPARE(dialog.currentId(), a); // the active profile
    auto *list = child<QListView>(&dialog, "profileList");
    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(dialog.currentId(), b);
    QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), u"B"_s);
    QCOMPARE(child<QLineEdit>(&dialog, "urlEdit")->text(), u"https://b.example/api/"_s);

    auto *notes = child<QPlainTextEdit>(&dialog, "notesEdit");
    QTest::keyClicks(notes, u"Acceptance copy"_s);
    // Switching away with unsaved changes asks; "Cancel" keeps the edit.
    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    list->setCurrentIndex(list->model()->index(0, 0));
    QCOMPARE(dialog.currentId(), b);
    clickSave(&dialog);
    QTRY_COMPARE(fixture.profiles->profile(b)->notes, u"Acceptance copy"_s);
    QCOMPARE(fixture.profiles->activeId(), a); // editing does not switch

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
    QCOMPARE(fixture.profiles->count(), 1);
    QVERIFY(!fixture.profiles->contains(b));
    QCOMPARE(dialog.currentId(), a);
    QVERIFY(MessageBoxes::shownTexts().last().contains(u"Remove the profile “B”"_s));

    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
    QCOMPARE(fixture.profiles->count(), 1);
}

void TestProfileDialog::keyNeverInSettingsOrLog()
{
    ViewTest::Fixture fixture;
    ProfileDialog dialog(fixture.profiles.get(), fixture.secrets.get(), &fixture.log);
    dialog.show();
    const QString key = u"very-secret-key-4711"_s;
    fill(&dialog, u"P"_s, u"https://p.example/api/"_s, Settings::ProfileTag::Test, key);
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    clickSave(&dialog);
    QTRY_COMPARE(saved.count(), 1);
    fixture.config->sync();
    QFile ini(fixture.dir.filePath(u"springdesk.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray content = ini.readAll();
    QVERIFY(content.contains("p.example"));
    QVERIFY(!content.contains(key.toUtf8()));
    for (const auto &entry : fixture.log.entries())
        QVERIFY2(!entry.message.contains(key), qPrintable(entry.message));
}

void TestProfileDialog::testConnection_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("textStart");
    QTest::newRow("accepted") << u"view-test-key"_s << int(Api::ProbeResult::Outcome::Ok)
                              << u"Connected to 127.0.0.1. The API key was accepted;"_s;
    QTest::newRow("rejected") << u"wrong-key"_s << int(Api::ProbeResult::Outcome::KeyRejected)
                              << u"127.0.0.1 answered, but rejected the API key (HTTP 401)."_s;
    QTest::newRow("no key") << QString() << int(Api::ProbeResult::Outcome::InvalidSettings)
                            << u"Enter the API key first."_s;
}

void TestProfileDialog::testConnection()
{
    QFETCH(QString, key);
    QFETCH(int, outcome);
    QFETCH(QString, textStart);
    ViewTest::Sandbox sandbox;
    QVERIFY(sandbox.start());
    ViewTest::Fixture fixture;
    ProfileDialog dialog(fixture.profiles.get(), fixture.secrets.get(), &fixture.log);
    dialog.show();
    fill(&dialog, u"Sandbox"_s, sandbox.url().toString(), Settings::ProfileTag::Test, key);
    QSignalSpy tested(&dialog, &ProfileDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    QVERIFY(!child<QPushButton>(&dialog, "testButton")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 15000);
    const auto result = tested.first().first().value<Api::ProbeResult>();
    QCOMPARE(int(result.outcome), outcome);
    const QString shown = child<QLabel>(&dialog, "testResult")->text();
    QVERIFY2(shown.startsWith(textStart), qPrintable(shown));
    QVERIFY(child<QPushButton>(&dialog, "testButton")->isEnabled());
    QCOMPARE(fixture.profiles->count(), 0); // testing saves nothing
    if (!key.isEmpty()) {
        for (const auto &entry : fixture.log.entries())
            QVERIFY2(!entry.message.contains(key), qPrintable(entry.message));
    }
}

void TestProfileDialog::testConnectionWithStoredKey()
{
    ViewTest::Sandbox sandbox;
    QVERIFY(sandbox.start());
    ViewTest::Fixture fixture;
    ProfileDialog dialog(fixture.profiles.get(), fixture.secrets.get(), &fixture.log);
    dialog.show();
    fill(&dialog, u"Sandbox"_s, sandbox.url().toString(), Settings::ProfileTag::Test, u"view-test-key"_s);
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    clickSave(&dialog);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(child<QLineEdit>(&dialog, "keyEdit")->text().isEmpty());
    QSignalSpy tested(&dialog, &ProfileDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 15000);
    QVERIFY(tested.first().first().value<Api::ProbeResult>().ok());
}

void TestProfileDialog::testConnectionShowsCertificateDetails()
{
    // A TLS server with a self-signed certificate (tests/views/data): the probe must refuse it,
    // send no key, and the dialog must show who the certificate claims to be.
    const QString dataDir = QStringLiteral(SPRINGDESK_SOURCE_DIR) + u"/tests/views/data/"_s;
    QFile certFile(dataDir + u"selfsigned-cert.pem"_s);
    QFile keyFile(dataDir + u"selfsigned-key.pem"_s);
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    QSslServer server;
    server.setSslConfiguration(tls);
    QByteArray received;
    connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&server, &received] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &received] { received += socket->readAll(); });
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));

    ViewTest::Fixture fixture;
    ProfileDialog dialog(fixture.profiles.get(), fixture.secrets.get(), &fixture.log);
    dialog.show();
    const QString url = u"https://127.0.0.1:%1/api/"_s.arg(server.serverPort());
    fill(&dialog, u"Self-signed"_s, url, Settings::ProfileTag::Test, u"tls-secret-key"_s);
    QSignalSpy tested(&dialog, &ProfileDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 15000);
    const auto result = tested.first().first().value<Api::ProbeResult>();
    QCOMPARE(result.outcome, Api::ProbeResult::Outcome::TlsError);
    QVERIFY(!result.tlsProblems.isEmpty());

    const QString shown = child<QLabel>(&dialog, "testResult")->text();
    QVERIFY2(shown.startsWith(u"The certificate of 127.0.0.1 was refused"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Problem: "_s + result.tlsProblems.first().reason), qPrintable(shown));
    QVERIFY2(shown.contains(u"Issued to: "_s) && shown.contains(u"springdesk-test.local"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Issued by: "_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"SHA-256 fingerprint: "_s), qPrintable(shown));
    QVERIFY(!received.contains("tls-secret-key")); // the handshake failed before any request
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
