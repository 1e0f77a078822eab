// Separate compilation: Asio and Beast are compiled once, here, instead of in every
// file that includes them (BOOST_*_SEPARATE_COMPILATION is set for this module).
#include <boost/asio/impl/src.hpp>
#include <boost/beast/src.hpp>
