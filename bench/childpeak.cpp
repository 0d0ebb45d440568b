// SPDX-License-Identifier: GPL-2.0-or-later
//
// ratsmappe-bench-childpeak: runs a program and writes its own peak memory into a file, for the
// benchmarks. A child's ru_maxrss (getrusage, wait4) starts from the resident size of the process
// that started it (Linux carries the old image's high-water mark over at exec): a benchmark that
// holds 80 MB would read 80 MB for a qpdf that needs 20. This program is small (no Qt), so what it
// passes on is a megabyte or two; it writes that too, as the floor of the figure.
//
//   ratsmappe-bench-childpeak REPORT PROGRAM ARGS…     runs PROGRAM, writes "PEAK FLOOR" (KiB)
//   started through a link named "*-measured-worker": runs ratsmappe-packet-worker (beside this
//   program) with the link's arguments, writes to "<link>.maxrss"
// Its exit status is the program's.

#include <cstdio>
#include <cstring>
#include <string>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

// This process's resident size in KiB now (its own pages, unlike ru_maxrss).
long residentKiB()
{
    long pages = 0, resident = 0;
    if (FILE *f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) {
            resident = 0;
        }
        std::fclose(f);
    }
    return resident * (::sysconf(_SC_PAGESIZE) / 1024);
}

int run(const char *report, char **argv)
{
    const long floor = residentKiB();
    pid_t pid = 0;
    if (::posix_spawn(&pid, argv[0], nullptr, nullptr, argv, environ) != 0) {
        return 127;
    }
    int status = 0;
    rusage usage{};
    if (::waitpid(pid, &status, 0) != pid || ::getrusage(RUSAGE_CHILDREN, &usage) != 0) {
        return 127;
    }
    if (FILE *f = std::fopen(report, "w")) {
        std::fprintf(f, "%ld %ld\n", usage.ru_maxrss, floor);
        std::fclose(f);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::string directoryOfThisProgram()
{
    char path[4096];
    const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
    const std::string exe = n > 0 ? std::string(path, size_t(n)) : std::string("./x");
    return exe.substr(0, exe.rfind('/'));
}

} // namespace

int main(int argc, char **argv)
{
    static constexpr char WorkerLinkSuffix[] = "-measured-worker";
    const std::string name = argv[0];
    const size_t suffix = std::strlen(WorkerLinkSuffix);
    if (name.size() > suffix && name.compare(name.size() - suffix, suffix, WorkerLinkSuffix) == 0) {
        std::string worker = directoryOfThisProgram() + "/ratsmappe-packet-worker";
        const std::string report = name + ".maxrss";
        argv[0] = worker.data();
        return run(report.c_str(), argv);
    }
    if (argc < 3) {
        std::fprintf(stderr, "usage: ratsmappe-bench-childpeak REPORT PROGRAM [ARGS…]\n");
        return 2;
    }
    return run(argv[1], argv + 2);
}
