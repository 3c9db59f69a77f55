// fmt's compiled part, built once for the whole program. Debian ships libfmt.so but no
// libfmt.a, and header-only fmt would compile this part again in every file that formats
// (CMakeLists.txt). Every other file includes <fmt/format.h> as a user of the library does.
#include <fmt/format-inl.h>

#if FMT_VERSION / 10000 != 9
#error "src/fmt/compiled.cc lists fmt 9's instantiations; CMakeLists.txt picks it for fmt 9 only"
#endif

FMT_BEGIN_NAMESPACE
namespace detail {

// The templates that fmt's headers declare, or declare extern, and define in format-inl.h:
// the ones libfmt.so holds.
template FMT_API auto dragonbox::to_decimal(float x) noexcept -> dragonbox::decimal_fp<float>;
template FMT_API auto dragonbox::to_decimal(double x) noexcept -> dragonbox::decimal_fp<double>;
#ifndef FMT_STATIC_THOUSANDS_SEPARATOR
template FMT_API locale_ref::locale_ref(const std::locale& loc);
template FMT_API auto locale_ref::get<std::locale>() const -> std::locale;
#endif
template FMT_API auto thousands_sep_impl(locale_ref) -> thousands_sep_result<char>;
template FMT_API auto decimal_point_impl(locale_ref) -> char;
template FMT_API void buffer<char>::append(const char*, const char*);
template FMT_API void vformat_to(buffer<char>&, string_view,
                                 basic_format_args<FMT_BUFFER_CONTEXT(char)>, locale_ref);
template FMT_API auto thousands_sep_impl(locale_ref) -> thousands_sep_result<wchar_t>;
template FMT_API auto decimal_point_impl(locale_ref) -> wchar_t;
template FMT_API void buffer<wchar_t>::append(const wchar_t*, const wchar_t*);

}  // namespace detail
FMT_END_NAMESPACE
