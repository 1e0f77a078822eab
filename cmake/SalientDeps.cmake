# Every third-party dependency is found here, once. Debian's SOCI ships neither CMake
# config nor pkg-config files, so it is found by hand.
find_package(Threads REQUIRED)
find_package(Boost 1.81.0 EXACT CONFIG REQUIRED COMPONENTS json url)
find_package(fmt REQUIRED)
find_package(spdlog REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
find_package(prometheus-cpp CONFIG REQUIRED)
find_package(CURL REQUIRED)
find_package(GTest REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(sodium REQUIRED IMPORTED_TARGET libsodium)

find_path(SOCI_INCLUDE_DIR soci/soci.h REQUIRED)
find_path(PQ_INCLUDE_DIR libpq-fe.h PATHS /usr/include/postgresql REQUIRED)
find_library(SOCI_CORE soci_core REQUIRED)
find_library(SOCI_SQLITE soci_sqlite3 REQUIRED)
find_library(SOCI_POSTGRESQL soci_postgresql REQUIRED)
find_library(SQLITE3_LIB sqlite3 REQUIRED)
add_library(soci::all INTERFACE IMPORTED)
target_include_directories(soci::all INTERFACE ${SOCI_INCLUDE_DIR} ${PQ_INCLUDE_DIR})
target_link_libraries(soci::all INTERFACE ${SOCI_SQLITE} ${SOCI_POSTGRESQL} ${SOCI_CORE}
                      ${SQLITE3_LIB} ${CMAKE_DL_LIBS})

# jemalloc for the server binary: glibc malloc contends across IO and worker threads
# (measured: /healthz 53k → 67k req/s, /api/v1/me 8.5k → 10.2k on 2 cores).
find_library(JEMALLOC_LIB jemalloc REQUIRED)

# libxlsxwriter (Excel export); Debian ships no CMake config for it.
find_path(XLSXWRITER_INCLUDE_DIR xlsxwriter.h REQUIRED)
find_library(XLSXWRITER_LIB xlsxwriter REQUIRED)

# Forecasting: NLopt fits ETS/Theta parameters; XGBoost (no CMake config in Debian) is the
# global boosted model; Eigen for reconciliation's linear algebra.
find_package(NLopt CONFIG REQUIRED)
find_path(XGBOOST_INCLUDE_DIR xgboost/c_api.h REQUIRED)
find_library(XGBOOST_LIB xgboost REQUIRED)
find_package(Eigen3 CONFIG REQUIRED)
