// springdesk_xlsx_dump FILE.xlsx: prints what XlsxReadback::parse reads as JSON (for tests).
#include "tests/transfer/xlsxreadback.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 2) {
        err << "usage: springdesk_xlsx_dump FILE.xlsx\n";
        return 2;
    }
    Springdesk::Testing::XlsxReadback book;
    QString error;
    if (!book.parse(args.at(1), &error)) {
        err << error << '\n';
        return 1;
    }
    QTextStream(stdout) << QJsonDocument(book.toJson()).toJson(QJsonDocument::Compact);
    return 0;
}
