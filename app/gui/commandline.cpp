#include "app/gui/commandline.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Springdesk::Gui {

std::optional<GuiOptions> CommandLine::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop administration for aNewSpring environments."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, tr("Start the built-in sandbox with demo data and connect to it."));
    const QCommandLineOption profile(u"profile"_s, tr("Open the connection profile named <name>."), tr("name"));
    const QCommandLineOption language(u"language"_s, tr("Use language <code> (for example nl or en)."), tr("code"));
    const QCommandLineOption manage(u"manage-profiles"_s, tr("Open the connection profiles dialog."));
    const QCommandLineOption screenshot(u"screenshot"_s,
        tr("Save a picture of the main window to <file> (and of an open dialog to <file>-dialog.png) after "
           "start-up and quit."),
        tr("file"));
    const QCommandLineOption pane(u"pane"_s, tr("Show the pane <key> first (for example users)."), tr("key"));
    const QCommandLineOption sync(u"sync"_s,
        tr("Synchronise the local cache once the profile is active (with --screenshot: the picture is taken when "
           "the synchronisation has finished)."));
    const QCommandLineOption cacheDir(u"cache-dir"_s,
        tr("Keep the local cache files in <folder> instead of the application data folder."), tr("folder"));
    parser.addOptions({demo, profile, language, manage, screenshot, pane, sync, cacheDir});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    if (parser.isSet(demo) && parser.isSet(profile)) {
        *error = tr("--demo and --profile cannot be combined: the demo uses its own profile.");
        return std::nullopt;
    }
    GuiOptions options;
    options.demo = parser.isSet(demo);
    options.profileName = parser.value(profile);
    options.language = parser.value(language);
    options.manageProfiles = parser.isSet(manage);
    options.screenshotFile = parser.value(screenshot);
    options.screenshotPane = parser.value(pane);
    options.syncAtStart = parser.isSet(sync);
    options.cacheDirectory = parser.value(cacheDir);
    return options;
}

} // namespace Springdesk::Gui
