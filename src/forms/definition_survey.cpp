// The survey sheet of an XLSForm: one Question per row (see definition.h).
#include <set>

#include <fmt/format.h>

#include "base/text.h"
#include "forms/definition_loader.h"

namespace regio::forms {
namespace {

bool is_select(QuestionType t) {
  return t == QuestionType::kSelectOne || t == QuestionType::kSelectMultiple || t == QuestionType::kRank;
}

}  // namespace

void Loader::load_survey(const tabular::Sheet& sheet) {
  SheetReader r(sheet, xlsform::SheetKind::kSurvey);
  if (r.column("type") < 0) {
    std::string headers;
    for (const auto& h : sheet.header) headers += (headers.empty() ? "" : ", ") + h;
    problem(sheet, 1, "type", "kolom-ontbreekt", fmt::format("blad survey mist de kolom type (gevonden: {})", headers));
    return;
  }
  warn_ignored_columns(r);
  const auto& cols = r.columns();
  for (std::size_t i = 0; i < cols.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (!cols[i].name.empty() && cols[i].ignored.empty() && cols[i].name == cols[j].name &&
          cols[i].language == cols[j].language && cols[i].media == cols[j].media && cols[j].ignored.empty()) {
        problem(sheet, 1, cols[i].header, "dubbele-kolom",
                cols[i].header == cols[j].header
                    ? fmt::format("kolom {} staat twee keer in blad survey: laat er één over", cols[i].header)
                    : fmt::format("kolom {} betekent hetzelfde als kolom {}: laat er één over", cols[i].header,
                                  cols[j].header));
        break;
      }
  std::vector<std::size_t> open;  // indices of open begin_group / begin_repeat rows
  const std::vector<tabular::Row> rows = expand_loops(r, sheet.rows);
  std::set<std::string> seen;
  for (const auto& row : rows) {
    const auto t = xlsform::parse_type(r.cell(row, "type"));
    const std::string name = r.cell(row, "name");
    if (name.empty() || t.type == QuestionType::kEndGroup || t.type == QuestionType::kEndRepeat) continue;
    if (!seen.insert(name).second) shared_names_.insert(name);
  }
  for (const auto& row : rows) load_row(r, row, open);
  for (std::size_t g : open) {
    const auto& q = def_.questions[g];
    problem(sheet, q.line, "type", "groepen",
            fmt::format("{} {} wordt niet afgesloten", q.type == QuestionType::kBeginRepeat ? "herhaling" : "groep",
                        q.name));
  }
  if (def_.questions.empty() && problems_.empty()) problem(sheet, 0, "", "leeg", "de vragenlijst bevat geen vragen");
}

void Loader::load_row(const SheetReader& r, const tabular::Row& row, std::vector<std::size_t>& open) {
  const tabular::Sheet& sheet = r.sheet();
  const std::string type_text = r.cell(row, "type");
  Question q;
  q.name = r.cell(row, "name");
  q.line = row.line;
  const std::string who = q.name.empty() ? "deze rij" : "vraag " + q.name;
  if (type_text.empty()) {
    if (!q.name.empty()) problem(sheet, row.line, "type", "onbekend-type", fmt::format("{} heeft geen type", who));
    return;
  }
  if (to_lower_ascii(type_text) == "include") {
    if (!q.name.empty()) refused_.insert(q.name);
    problem(sheet, row.line, "type", "niet-ondersteund",
            fmt::format("type include ({}): voegt het formulier {} in, een apart bestand; pyxform doet dat alleen "
                        "via zijn Python-API met alle formulieren van de map erbij (xls2xform en ODK Central weigeren "
                        "het: \"This section has not been included\"). Een vragenlijst is hier één werkmap: neem de "
                        "vragen van {} in dit blad op",
                        who, q.name, q.name));
    return;
  }
  const auto t = xlsform::parse_type(type_text);
  if (!t.refused.empty() || !t.type || (t.external && !external_lists_.contains(t.list))) {
    if (!q.name.empty()) refused_.insert(q.name);
    if (!t.refused.empty()) {
      problem(sheet, row.line, "type", "type-niet-beantwoordbaar",
              fmt::format("type '{}' van {} kan in de vragenlijst van een regio niet beantwoord worden: {}", type_text,
                          who, t.refused));
    } else if (t.type) {
      problem(sheet, row.line, "type", "type-niet-beantwoordbaar",
              fmt::format("type '{}' van {}: de keuzelijst {} staat niet in een blad external_choices", type_text, who,
                          t.list));
    } else {
      problem(sheet, row.line, "type", "onbekend-type", fmt::format("onbekend type '{}' ({})", type_text, who));
    }
    return;
  }
  q.type = *t.type;
  q.list = t.list;
  q.or_other = t.or_other;
  q.metadata = t.metadata;
  // A begin loop still here was not expanded (definition_loop.cpp reported why): a plain group.
  const bool closing = q.type == QuestionType::kEndGroup || q.type == QuestionType::kEndRepeat;
  if (closing) {
    // Kept so a form renderer sees where each group ends; named after the group it closes.
    if (auto closed = close_group(sheet, row, q, open)) {
      const Question& begin = def_.questions[*closed];
      q.name = begin.name;
      q.groups = open;
      q.repeat = begin.repeat;
      def_.questions.push_back(std::move(q));
    }
    return;
  }
  if (q.name.empty() && q.type == QuestionType::kNote) {
    q.name = fmt::format("generated_note_name_{}", row.line);  // as pyxform names it
    warning(sheet, row.line, "name", fmt::format("note zonder naam heet {}", q.name));
  }
  if (shared_names_.contains(q.name) && !open.empty() && q.type != QuestionType::kBeginRepeat) {
    // pyxform: unique within the nearest group; repeat names unique in the whole form.
    const std::string plain = q.name;
    q.name = def_.questions[open.back()].name + "-" + plain;
    warning(sheet, row.line, "name",
            fmt::format("de naam {} komt op meer rijen voor: deze vraag in groep {} heet {}", plain,
                        def_.questions[open.back()].name, q.name));
  }
  check_name(r, row, q, type_text);
  if (is_select(q.type)) {
    const ChoiceList* list = def_.list(q.list);
    if (!list) {
      std::string known;
      for (const auto& [name, l] : def_.lists) known += (known.empty() ? "" : ", ") + name;
      problem(sheet, row.line, "type", "keuzelijst",
              fmt::format("keuzelijst {} bestaat niet in blad choices (wel: {})", q.list,
                          known.empty() ? "geen lijsten" : known));
    } else if (q.type != QuestionType::kSelectOne) {
      for (const auto& c : list->choices)
        if (c.name.find_first_of(" \t") != std::string::npos)
          problem(sheet, row.line, "type", "keuzelijst",
                  fmt::format("keuze '{}' van lijst {} heeft een spatie in de naam; {} slaat keuzes gescheiden door "
                              "spaties op",
                              c.name, q.list, to_string(q.type)));
    }
  }
  for (std::size_t col = 0; col < r.columns().size(); ++col)
    if (r.columns()[col].name == "appearance")
      if (auto file = xlsform::search_file(SheetReader::cell(row, static_cast<int>(col)))) {
        refused_.insert(q.name);
        problem(sheet, row.line, r.columns()[col].header, "type-niet-beantwoordbaar",
                fmt::format("appearance search('{}') van {} haalt de keuzes uit het externe bestand {}.csv, dat niet "
                            "bij de vragenlijst hoort: de vraag kan in de vragenlijst van een regio niet beantwoord "
                            "worden",
                            *file, who, *file));
      }
  load_rules(r, row, q);
  q.groups = open;
  for (std::size_t g : open)
    if (def_.questions[g].type == QuestionType::kBeginRepeat) q.repeat = def_.questions[g].name;
  if (q.type == QuestionType::kBeginRepeat) q.repeat = q.name;  // nested in q.repeat when that was set
  if (q.name == kParentRowColumn && q.holds_answer() && !q.repeat.empty() &&
      !def_.enclosing_repeat(q.repeat).empty())
    problem(sheet, row.line, "name", "naam",
            fmt::format("de naam {} is in een geneste herhaling gereserveerd: de kolom {} van blad {} zegt bij welke "
                        "rij van herhaling {} een rij hoort",
                        q.name, q.name, q.repeat, def_.enclosing_repeat(q.repeat)));
  def_.questions.push_back(std::move(q));
  const Question& added = def_.questions.back();
  if (added.type == QuestionType::kBeginGroup || added.type == QuestionType::kBeginRepeat)
    open.push_back(def_.questions.size() - 1);
  if (added.or_other && def_.list(added.list)) add_or_other(def_.questions.back());
}

void Loader::load_rules(const SheetReader& r, const tabular::Row& row, Question& q) {
  const tabular::Sheet& sheet = r.sheet();
  q.label = r.texts(row, "label");
  q.hint = r.texts(row, "hint");
  q.guidance_hint = r.texts(row, "guidance_hint");
  q.constraint_message = r.texts(row, "constraint_message");
  q.required_message = r.texts(row, "required_message");
  q.media = r.media(row);
  q.default_value = r.cell(row, "default");
  const std::string required = r.cell(row, "required");
  if (auto b = xlsform::yes_no(required)) {
    q.required = *b;
  } else if (!required.empty()) {
    q.required_if = expression(r, row, "required");
  }
  q.relevant = expression(r, row, "relevant");
  q.constraint = expression(r, row, "constraint");
  q.calculation = expression(r, row, "calculation");
  if (q.type == QuestionType::kCalculate && !q.calculation && r.cell(row, "calculation").empty())
    problem(sheet, row.line, "calculation", "expressie", fmt::format("berekening {} heeft geen calculation", q.name));
  const bool select = is_select(q.type);
  if (!r.cell(row, "choice_filter").empty()) {
    if (select)
      q.choice_filter = expression(r, row, "choice_filter", {.bare_names = true});
    else
      warning(sheet, row.line, "choice_filter",
              fmt::format("choice_filter van {} (geen keuzevraag) wordt genegeerd", q.name));
  }
  if (!r.cell(row, "repeat_count").empty()) {
    if (q.type == QuestionType::kBeginRepeat)
      q.repeat_count = expression(r, row, "repeat_count");
    else
      warning(sheet, row.line, "repeat_count",
              fmt::format("repeat_count van {} (geen herhaling) wordt genegeerd", q.name));
  }
  if (!r.cell(row, "read_only").empty()) q.read_only = expression(r, row, "read_only");
  q.trigger = r.cell(row, "trigger");
  if (!q.trigger.empty()) {
    if (q.trigger.starts_with("${") && q.trigger.ends_with("}"))
      q.trigger = std::string(trim(std::string_view(q.trigger).substr(2, q.trigger.size() - 3)));
    else
      problem(sheet, row.line, "trigger", "expressie", fmt::format("trigger '{}' is geen ${{vraag}}", q.trigger));
  }
  const std::string parameters = r.cell(row, "parameters");
  if (!parameters.empty()) {
    auto pairs = xlsform::parse_parameters(parameters);
    if (!pairs) {
      problem(sheet, row.line, "parameters", "parameters",
              fmt::format("parameters '{}': schrijf naam=waarde, gescheiden door spaties", parameters));
    } else {
      for (auto& [key, value] : *pairs) {
        if (q.type == QuestionType::kRange && (key == "start" || key == "end" || key == "step"))
          q.parameters[key] = value;
        else
          warning(sheet, row.line, "parameters",
                  fmt::format("parameter {}={} van {} wordt niet gebruikt (bepaalt alleen de weergave)", key, value,
                              q.name));
      }
    }
  }
  if (q.type == QuestionType::kRange) {
    for (const auto& [key, fallback] : {std::pair{"start", "1"}, {"end", "10"}, {"step", "1"}})
      if (!q.parameters.contains(key)) q.parameters[key] = fallback;
    const auto start = parse_decimal(q.parameters["start"]), end = parse_decimal(q.parameters["end"]),
               step = parse_decimal(q.parameters["step"]);
    if (!start || !end || !step || *step <= 0 || *end < *start)
      problem(sheet, row.line, "parameters", "parameters",
              fmt::format("range {}: start, end en step moeten getallen zijn met step > 0 en end ≥ start", q.name));
  }
}

std::optional<std::size_t> Loader::close_group(const tabular::Sheet& sheet, const tabular::Row& row, const Question& q,
                                               std::vector<std::size_t>& open) {
  const bool repeat = q.type == QuestionType::kEndRepeat;
  const char* what = repeat ? "end_repeat" : "end_group";
  if (open.empty()) {
    problem(sheet, row.line, "type", "groepen", fmt::format("{} zonder begin", what));
    return std::nullopt;
  }
  const Question& begin = def_.questions[open.back()];
  if ((begin.type == QuestionType::kBeginRepeat) != repeat) {
    problem(sheet, row.line, "type", "groepen",
            fmt::format("{} sluit {} {} (regel {})", what, repeat ? "groep" : "herhaling", begin.name, begin.line));
  }
  const std::size_t closed = open.back();
  open.pop_back();
  return closed;
}

// pyxform's or_other: the list gets the choice "other" and the select a text question
// <name>_other, relevant when "other" is chosen.
void Loader::add_or_other(const Question& select) {
  ChoiceList& list = def_.lists[select.list];
  if (list.index_of("other") < 0) {
    Choice other{"other", {}, {}, 0};
    other.label.set("", "Other");
    list.choices.push_back(std::move(other));
  }
  Question text;
  text.type = QuestionType::kText;
  text.name = select.name + "_other";
  text.line = select.line;
  text.label.set("", "Specify other.");
  text.relevant = *Expression::parse(fmt::format("selected(${{{}}}, 'other')", select.name));
  text.groups = select.groups;
  text.repeat = select.repeat;
  if (!names_.insert(text.name).second) return;  // reported when the author's own row comes
  def_.questions.push_back(std::move(text));
}

}  // namespace regio::forms
