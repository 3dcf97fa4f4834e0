#include "cli/conventions.h"

#include "base/text.h"

namespace regio::cli {

std::string normalize_code(std::string_view code) {
  std::string out(trim(code));
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

void apply_conventions(CLI::App& app, Context& ctx) {
  if (app.get_option_no_throw("--output") != nullptr && app.get_option_no_throw("--force") == nullptr) {
    app.add_flag("--force", ctx.force, "Een bestaand uitvoerbestand (--output) overschrijven");
  }
  for (const char* name : {"--region", "gemeente"}) {
    if (CLI::Option* option = app.get_option_no_throw(name)) {
      option->transform([](std::string value) { return normalize_code(value); });
    }
  }
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) apply_conventions(*sub, ctx);
}

}  // namespace regio::cli
