#include "app/cli/cliapplication.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Springdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("springdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPRINGDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Springdesk::Cli::CliStreams streams{out, err, isatty(STDOUT_FILENO) == 1, isatty(STDERR_FILENO) == 1};
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    QTimer::singleShot(0, &app, [&] {
        Springdesk::Cli::runCli(arguments, streams, [&](int code) {
            out.flush();
            err.flush();
            QCoreApplication::exit(code);
        });
    });
    return QCoreApplication::exec();
}
