#pragma once

#include <QString>

namespace Springdesk::Sandbox {

class SandboxStore;

// Fills a new store: "empty" (only the two subenvironments and the content libraries), "demo"
// (a coherent environment: ~500 users, ~30 groups in trees, 12 templates, ~40 courses, subscriptions
// with results, calendar items, access codes, events, profiles, bundles) or "large:N" (N users with
// everything scaled proportionally, results without attempt details). Deterministic: fixed random seed.
// Everything is written in one transaction with prepared statements.
class Seeder
{
public:
    static bool seed(SandboxStore &store, const QString &spec, QString *error);
};

} // namespace Springdesk::Sandbox
