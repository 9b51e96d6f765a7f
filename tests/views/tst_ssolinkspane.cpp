// The SSO login links pane against the demo sandbox: pick a cached user, get a link through the
// connection service (getLoginToken), and the link logs in once; copy and open (through the
// seam); bad input is refused before a token is asked for.
#include "panetestsupport.h"

#include "models/connectionservice.h"
#include "models/ssolinklistmodel.h"
#include "models/usertablemodel.h"
#include "views/ssolinkspane.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTranslator>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::SsoLinkListModel;

namespace {

int statusOf(const QUrl &url)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return -1;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

struct SsoWindow
{
    SsoWindow()
    {
        pane = new Views::SsoLinksPane(w.fixture.config.get(), w.session.get(), w.window->connectionService());
        w.window->setPaneWidget(Models::Pane::SsoLinks, pane);
        w.window->showPane(Models::Pane::SsoLinks);
    }
    ViewTest::SyncWindow w{0};
    Views::SsoLinksPane *pane = nullptr;
};

} // namespace

class TestSsoLinksPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getsALinkThatLogsInOnce()
    {
        SsoWindow s;
        QVERIFY(s.w.ok);
        QVERIFY(ViewTest::syncOnce(s.w));
        QTRY_VERIFY(s.pane->model()->rowCount() > 0);
        QVERIFY(!s.pane->getLinkButton()->isEnabled()); // no user chosen
        s.pane->table()->selectRow(0);
        QTRY_VERIFY(s.pane->getLinkButton()->isEnabled());
        const QString userId = s.pane->model()
                                   ->index(0, Models::UserTableModel::ExternalId)
                                   .data(Models::UserTableModel::RawValueRole)
                                   .toString();

        // course and redirect together: refused before a token is asked for
        s.pane->courseEdit()->setText(u"CRS-0001"_s);
        s.pane->redirectEdit()->setText(u"/catalog"_s);
        QVERIFY(!s.pane->getLink());
        QVERIFY(!s.pane->statusLabel()->text().isEmpty());
        QCOMPARE(s.pane->links()->rowCount(), 0);
        s.pane->courseEdit()->clear();

        QSignalSpy made(s.pane, &Views::SsoLinksPane::linkMade);
        QVERIFY(s.pane->getLink());
        QTRY_COMPARE_WITH_TIMEOUT(made.count(), 1, 20000);
        const QUrl url = made.at(0).at(0).toUrl();
        QCOMPARE(s.pane->links()->rowCount(), 1);
        QCOMPARE(s.pane->links()->index(0, 0).data(SsoLinkListModel::UrlRole).toUrl(), url);
        QCOMPARE(s.pane->links()->entryAt(0).userId, userId);
        QCOMPARE(url.host(), s.w.server.apiBaseUrl().host());
        QVERIFY(!url.toString().contains(u"sync-test-key"_s)); // never the API key

        s.pane->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), url.toString(QUrl::FullyEncoded));
        QList<QUrl> opened;
        s.pane->setUrlOpener([&opened](const QUrl &u) {
            opened << u;
            return true;
        });
        s.pane->openButton()->click();
        QCOMPARE(opened, QList<QUrl>{url});

        QCOMPARE(statusOf(url), 302); // logs in
        QCOMPARE(statusOf(url), 403); // single use

        // a second link for the same user replaces the first
        QVERIFY(s.pane->getLink());
        QTRY_COMPARE_WITH_TIMEOUT(made.count(), 2, 20000);
        QCOMPARE(s.pane->links()->rowCount(), 2);
        QVERIFY(s.pane->links()->isReplaced(1));
    }

    void dutchFitsAt1024x700()
    {
        auto *dutch = new QTranslator(this);
        QVERIFY(dutch->load(u":/i18n/springdesk_nl.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(dutch));
        const auto restore = qScopeGuard([dutch] {
            QCoreApplication::removeTranslator(dutch);
            delete dutch;
        });
        SsoWindow s;
        QVERIFY(s.w.ok);
        QVERIFY(ViewTest::syncOnce(s.w));
        QTRY_VERIFY(s.pane->model()->rowCount() > 0);
        s.pane->table()->selectRow(0);
        s.w.window->resize(1024, 700);
        QTest::qWait(50);
        const QStringList clipped = ViewTest::clippedTexts(s.pane, {s.pane->table(), s.pane->linkTable()});
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    }
};

QTEST_MAIN(TestSsoLinksPane)
#include "tst_ssolinkspane.moc"
