#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Springdesk::Gui {

// What the user asked for on the command line.
struct GuiOptions
{
    bool demo = false; // start the embedded sandbox and connect to it
    QString profileName; // activate this profile (by display name)
    QString language; // UI language override ("nl", "en"); empty: settings or system
    bool manageProfiles = false; // open the connection profiles dialog at start-up
    bool openDialogWhenEmpty = true; // first start (no profiles): open the profiles dialog
    QString screenshotFile; // grab the main window (and an open dialog) into PNGs after start-up, then quit
    QString screenshotPane; // pane key to show before the screenshot (e.g. "users")
    bool syncAtStart = false; // synchronise the active profile's cache once it is connected
    QString cacheDirectory; // where cache files go (default: the app-data location)
};

// Parses arguments (including the program name). On error returns nullopt and sets `error`
// to a translated message; --help and --version are handled by QCommandLineParser (they exit).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static std::optional<GuiOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace Springdesk::Gui
