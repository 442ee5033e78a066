// Start-up floor for bench_startup: a hello world that links only the C++ standard library.
#include <cstdio>

int main()
{
    std::puts("hello");
    return 0;
}
