#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Springdesk::Models {

// Every resource pane of the main window, in navigator order.
enum class Pane : quint8
{
    Users,
    UserGroups,
    Subenvironments,
    SubscriptionsResults,
    TemplatesCourses,
    CalendarItems,
    AccessCodes,
    Events,
    Profiles,
    Bundles,
    SsoLinks,
    Reports,
    Dashboard,
};

struct PaneInfo
{
    Pane pane;
    QString title; // translated, short (navigator)
    QString capability; // translated sentence: what the pane lets the administrator do
    QString iconName; // freedesktop icon theme name
    bool available = false; // a real pane exists; otherwise the window shows "coming"
};

// The one list of panes. `available` is false until a pane is built and registered
// (PaneCatalog::setAvailable by the composition root).
class PaneCatalog
{
    Q_DECLARE_TR_FUNCTIONS(PaneCatalog)

public:
    static QList<Pane> allPanes();
    static PaneInfo info(Pane pane);
    static QString key(Pane pane); // stable, untranslated ("users"), for settings and tests
    static std::optional<Pane> fromKey(QStringView key);
};

} // namespace Springdesk::Models
