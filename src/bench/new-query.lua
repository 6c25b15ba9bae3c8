-- A new query on every request, words as well as meaning: two to four words drawn at random from the notes' subjects,
-- so that neither the page cache nor the cache of query vectors can answer, and the model reads every query afresh.
local words = { "funders", "trust", "conflict", "commissioners", "psychological", "safety", "public", "management",
  "leadership", "community", "NHS", "targets", "power", "race", "lived", "experience", "neighbourhoods", "boards",
  "small", "charities", "voice", "partnership", "local", "health", "care", "money", "listen", "change", "culture",
  "equality", "volunteers", "risk", "campaign", "government", "data", "young", "people", "housing", "share", "learning" }
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 1000)
end
request = function()
  local n = math.random(2, 4)
  local q = {}
  for i = 1, n do q[i] = words[math.random(#words)] end
  return wrk.format("GET", "/api/search?size=10&page=0&q=" .. table.concat(q, "+"))
end
