#pragma once

// Runs debrief-cli in-process through runCli(): arguments in, exit code and text out.
#include "cli.h"

#include <QString>
#include <QStringList>

#include <sstream>
#include <string>
#include <vector>

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

inline CliRun cli(const QStringList& args)
{
    std::vector<std::string> argv;
    for (const QString& arg : args)
        argv.push_back(arg.toStdString());
    std::ostringstream out, err;
    CliRun run;
    run.code = debrief::cli::runCli(argv, out, err);
    run.out = QString::fromStdString(out.str());
    run.err = QString::fromStdString(err.str());
    return run;
}
