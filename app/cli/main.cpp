#include "app/cli/cliapplication.h"
#include "core/api/idsyntax.h"

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
    // Arguments decoded from their bytes, keeping bytes that are not UTF-8 so that validation can
    // refuse them with the parameter named (QCoreApplication::arguments() would replace them).
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(Springdesk::Api::decodeKeepingInvalidBytes(QByteArrayView(argv[i])));
    QTimer::singleShot(0, &app, [&] {
        Springdesk::Cli::runCli(arguments, streams, [&](int code) {
            out.flush();
            err.flush();
            QCoreApplication::exit(code);
        });
    });
    return QCoreApplication::exec();
}
