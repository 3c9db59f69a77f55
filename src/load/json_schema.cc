// JSON Schemas from the field tables: a $defs entry per entity, additionalProperties: false
// wherever the loader reports unknown-key, and the loader's patterns for dates and intervals.
#include "strat/json_schema.h"

#include "load/fields.h"
#include "strat/format.h"
#include "strat/json.h"

namespace strat {

namespace {

using load::Entity;
using load::Field;
using load::FieldType;

constexpr std::string_view kKinds[] = {"strategy", "plan", "config"};
constexpr std::string_view kDate = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
constexpr std::string_view kInterval = "^(?!0+ )[0-9]{1,4} +(day|week|month|quarter|year)s?$";
constexpr std::string_view kEvery = "^((?!0+ )[0-9]{1,4} +)?(day|week|month|quarter|year)s?( on .+)?$";
constexpr std::string_view kDaySpan = "^[0-9]{4}-[0-9]{2}-[0-9]{2}(\\.\\.[0-9]{4}-[0-9]{2}-[0-9]{2})?$";
constexpr std::string_view kTimeOfDay = "^([01]?[0-9]|2[0-3]):[0-5][0-9]$";
constexpr std::string_view kDuration = "^(?=[0-9])([0-9]{1,5}h)? ?([0-9]{1,5}m)?$";
constexpr std::string_view kMoney = "^[0-9]{1,15}(\\.[0-9]{1,2})?$";
constexpr std::string_view kId = "^[^ \\t\\r\\n]+$";

const Entity* entity(std::string_view name) {
  for (const Entity& e : load::kEntities)
    if (e.name == name) return &e;
  return nullptr;
}

/// The types a scalar read as text may have once YAML has resolved it.
void scalar_types(JsonWriter& w) {
  w.key("type").begin_array(true).value("string").value("number").value("boolean").end_array();
}

void id(JsonWriter& w) {
  w.key("type").begin_array(true).value("string").value("number").end_array();
  w.key("pattern").value(kId);
}

void one_or_list(JsonWriter& w, void (*item)(JsonWriter&)) {
  w.key("anyOf").begin_array();
  w.begin_object(true);
  item(w);
  w.end_object();
  w.begin_object(true).key("type").value("array").key("items").begin_object(true);
  item(w);
  w.end_object().end_object();
  w.end_array();
}

void ref(JsonWriter& w, std::string_view name) { w.key("$ref").value("#/$defs/" + std::string(name)); }

void value_schema(JsonWriter& w, const Field& f, std::string_view kind) {
  switch (f.type) {
    case FieldType::kind: w.key("const").value(kind); break;
    case FieldType::text: scalar_types(w); break;
    case FieldType::id:
    case FieldType::ref: id(w); break;
    case FieldType::refs: one_or_list(w, id); break;
    case FieldType::date:
      w.key("type").value("string").key("format").value("date").key("pattern").value(kDate);
      break;
    case FieldType::interval: w.key("type").value("string").key("pattern").value(kInterval); break;
    case FieldType::every: w.key("type").value("string").key("pattern").value(kEvery); break;
    case FieldType::day_list:
      one_or_list(w, [](JsonWriter& j) { j.key("type").value("string").key("pattern").value(kDaySpan); });
      break;
    case FieldType::time_of_day: w.key("type").value("string").key("pattern").value(kTimeOfDay); break;
    case FieldType::duration: w.key("type").value("string").key("pattern").value(kDuration); break;
    case FieldType::number: w.key("type").value("number"); break;
    case FieldType::money:
      w.key("anyOf").begin_array();
      w.begin_object(true).key("type").value("number").key("minimum").value(0).end_object();
      w.begin_object(true).key("type").value("string").key("pattern").value(kMoney).end_object();
      w.end_array();
      break;
    case FieldType::enumeration:
      w.key("enum").begin_array(true);
      for (std::string_view v : f.values) w.value(v);
      w.end_array();
      break;
    case FieldType::suggested:  // any value; editors offer the examples
      w.key("type").value("string").key("examples").begin_array(true);
      for (std::string_view v : f.values) w.value(v);
      w.end_array();
      break;
    case FieldType::text_list: one_or_list(w, scalar_types); break;
    case FieldType::range: ref(w, "range"); break;
    case FieldType::entities:
      w.key("type").value("array").key("items").begin_object(true);
      ref(w, f.entity);
      w.end_object();
      break;
    case FieldType::object: ref(w, f.entity); break;
    case FieldType::strategy:
      w.key("anyOf").begin_array();
      w.begin_object(true).key("type").value("string").key("description").value("The strategy file's path").end_object();
      w.begin_object(true);
      ref(w, "strategy");
      w.end_object();
      w.end_array();
      break;
    case FieldType::rule_levels:
      w.key("type").value("object").key("additionalProperties").begin_object(true).key("enum").begin_array(true);
      for (std::string_view v : load::kLevels) w.value(v);
      w.end_array().end_object();
      break;
    case FieldType::format: {
      std::span<const std::string_view> names = format_names(f.entity);
      if (names.empty()) {
        w.key("type").value("string");
        break;
      }
      w.key("enum").begin_array(true);
      for (std::string_view name : names) w.value(name);
      w.end_array();
      break;
    }
  }
}

/// The object schema of `e`: its properties, the required ones, no others.
void entity_schema(JsonWriter& w, const Entity& e, bool nested_strategy = false) {
  w.key("type").value("object");
  w.key("description").value(e.description);
  w.key("properties").begin_object();
  for (const Field& f : e.fields) {
    w.key(f.name).begin_object();
    w.key("description").value(f.description);
    value_schema(w, f, e.name);
    w.end_object();
  }
  w.end_object();
  w.key("required").begin_array(true);
  for (const Field& f : e.fields)
    if (f.required && !(nested_strategy && f.type == FieldType::kind)) w.value(f.name);
  w.end_array();
  w.key("additionalProperties").value(false);
}

/// The entities `root` reaches, each once, in table order.
void reachable(const Entity& root, std::vector<const Entity*>& out) {
  for (const Entity* seen : out)
    if (seen == &root) return;
  out.push_back(&root);
  for (const Field& f : root.fields) {
    if (f.type == FieldType::range) reachable(*entity("range"), out);
    if (f.type == FieldType::strategy) reachable(*entity("strategy"), out);
    if (!f.entity.empty() && f.type != FieldType::format) reachable(*entity(f.entity), out);
  }
}

}  // namespace

std::span<const std::string_view> schema_kinds() { return kKinds; }

std::optional<std::string> json_schema(std::string_view kind) {
  const Entity* root = nullptr;
  for (std::string_view k : kKinds)
    if (k == kind) root = entity(kind);
  if (!root) return std::nullopt;
  std::vector<const Entity*> defs;
  reachable(*root, defs);

  JsonWriter w;
  w.begin_object();
  w.key("$schema").value("https://json-schema.org/draft/2020-12/schema");
  w.key("title").value(kind == "config" ? std::string("strat config (.strat.yaml)") : "strat " + std::string(kind));
  entity_schema(w, *root);
  if (defs.size() > 1) {
    w.key("$defs").begin_object();
    for (const Entity* e : defs) {
      if (e == root) continue;
      w.key(e->name).begin_object();
      entity_schema(w, *e, e->name == "strategy");  // a strategy inside a plan needs no kind
      w.end_object();
    }
    w.end_object();
  }
  w.end_object();
  return w.str();
}

}  // namespace strat
