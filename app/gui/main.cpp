#include "app/gui/commandline.h"
#include "app/gui/guicomposition.h"
#include "core/api/redaction.h"
#include "core/settings/config.h"
#include "models/cachesession.h"
#include "models/panecatalog.h"
#include "views/mainwindow.h"
#include "views/userspane.h"

#include <QApplication>
#include <QDialog>
#include <QIcon>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Springdesk"_s);
    QCoreApplication::setApplicationName(u"springdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SPRINGDESK_VERSION));
}

// --help and --version print and quit; they must work without a display, so they are
// answered before a QApplication (which needs one) exists.
bool wantsInformationOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsInformationOnly(argc, argv)) {
        QCoreApplication core(argc, argv);
        setIdentity();
        const QString language
            = Springdesk::Settings::Config().get(Springdesk::Settings::ConfigKey::UiLanguage).toString();
        Springdesk::Gui::GuiComposition::installTranslators(&core, language);
        QString error;
        // prints the help or the version and exits
        if (!Springdesk::Gui::CommandLine::parse(QCoreApplication::arguments(), &error)) {
            std::fprintf(stderr, "springdesk: %s\n", qPrintable(error));
            return 2;
        }
        return 0;
    }
    QApplication app(argc, argv);
    Springdesk::Api::Redaction::installMessageFilter(); // no log line ever shows the API key
    QApplication::setOrganizationName(u"Springdesk"_s);
    QApplication::setApplicationName(u"springdesk"_s);
    QApplication::setApplicationDisplayName(u"Springdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(SPRINGDESK_VERSION));
    QApplication::setDesktopFileName(u"springdesk"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/springdesk.svg"_s));

    QString error;
    const auto options = Springdesk::Gui::CommandLine::parse(QApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "springdesk: %s\n", qPrintable(error));
        return 2;
    }
    QString language = options->language;
    if (language.isEmpty())
        language = Springdesk::Settings::Config().get(Springdesk::Settings::ConfigKey::UiLanguage).toString();
    Springdesk::Gui::GuiComposition::installTranslators(&app, language);

    Springdesk::Gui::GuiOptions effective = *options;
    effective.openDialogWhenEmpty = !options->manageProfiles && options->screenshotFile.isEmpty();
    Springdesk::Gui::GuiComposition composition(effective);
    if (!composition.start(&error)) {
        std::fprintf(stderr, "springdesk: %s\n", qPrintable(error));
        return 2;
    }
    composition.mainWindow()->show();
    if (!options->screenshotPane.isEmpty()) {
        const auto pane = Springdesk::Models::PaneCatalog::fromKey(options->screenshotPane);
        if (!pane) {
            std::fprintf(stderr, "springdesk: unknown pane %s\n", qPrintable(options->screenshotPane));
            return 2;
        }
        composition.mainWindow()->showPane(*pane);
    }

    if (options->manageProfiles && options->demo) {
        QObject::connect(&composition, &Springdesk::Gui::GuiComposition::demoReady, composition.mainWindow(),
            &Springdesk::Views::MainWindow::openProfileDialog);
    } else if (options->manageProfiles) {
        composition.mainWindow()->openProfileDialog();
    }
    if (!options->screenshotFile.isEmpty()) {
        const auto grab = [&] {
            bool saved = composition.mainWindow()->grab().save(options->screenshotFile, "PNG");
            if (auto *dialog = composition.mainWindow()->findChild<QDialog *>(); dialog && dialog->isVisible()) {
                QString dialogFile = options->screenshotFile;
                dialogFile.replace(u".png"_s, u"-dialog.png"_s);
                saved = dialog->grab().save(dialogFile, "PNG") && saved;
            }
            if (!saved)
                std::fprintf(stderr, "springdesk: cannot write %s\n", qPrintable(options->screenshotFile));
            QApplication::exit(saved ? 0 : 1);
        };
        if (options->syncAtStart || options->demo) { // the demo synchronises by itself
            // after the sync, give the pane a moment to show its first page
            QObject::connect(&composition, &Springdesk::Gui::GuiComposition::startupSyncDone, &app, [&] {
                // show a user's details in the picture of the Users pane, with their results
                // fetched (a synchronisation does not fetch results)
                auto *users = qobject_cast<Springdesk::Views::UsersPane *>(
                    composition.mainWindow()->paneWidget(Springdesk::Models::Pane::Users));
                if (!users) {
                    QTimer::singleShot(1500, &app, grab);
                    return;
                }
                const bool usersShown = options->screenshotPane.isEmpty() || options->screenshotPane == u"users"_s;
                QTimer::singleShot(700, users->table(), [&app, users, usersShown, grab] {
                    users->table()->selectRow(2);
                    if (!usersShown || !users->fetchResultsAction()->isEnabled()) {
                        QTimer::singleShot(800, &app, grab);
                        return;
                    }
                    QObject::connect(
                        users->session(), &Springdesk::Models::CacheSession::syncFinished, &app,
                        [&app, grab] { QTimer::singleShot(700, &app, grab); }, Qt::SingleShotConnection);
                    users->fetchResultsAction()->trigger();
                });
            });
        } else {
            QTimer::singleShot(2500, &app, grab);
        }
    }
    return QApplication::exec();
}
