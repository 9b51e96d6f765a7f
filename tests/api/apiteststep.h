#pragma once

// Helpers shared by the client's integration, fault and benchmark tests: run one call and
// wait for it (tests may spin the event loop; product code never does).

#include "core/api/apiclient.h"

#include <QSignalSpy>

namespace Springdesk::Test {

// Runs `job` to completion; the job is not auto-deleted so its result can be read. Caller deletes.
inline Api::ApiJob *await(Api::ApiJob *job, int timeoutMs = 30'000)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &Api::ApiJob::finished);
    if (!job->isFinished()) // an answer already in (say from a pause that ended) needs no wait
        spy.wait(timeoutMs);
    return job;
}

// ApiParams from wire names and string values; repeated names become arrays.
inline Api::ApiParams paramsFrom(Api::Fn fn, const QStringList &path, const QList<std::pair<Api::P, QString>> &named)
{
    using namespace Api;
    ApiParams params;
    const QList<ParamSpec> pathSpecs = endpoint(fn).pathParams();
    for (qsizetype i = 0; i < path.size() && i < pathSpecs.size(); ++i)
        params.set(pathSpecs.at(i).param, path.at(i));
    for (const auto &[p, value] : named) {
        const ParamSpec *spec = endpoint(fn).spec(p);
        bool array = spec && spec->isArray();
        for (const ParamSpec &s : endpoint(fn).params)
            array = array || (s.alternatives.contains(p) && s.isArray());
        if (array)
            params.append(p, value);
        else
            params.set(p, value);
    }
    return params;
}

} // namespace Springdesk::Test
