-- A different search on every request, so that no cache can answer it and the search engine itself is measured:
-- each wrk thread, in each run, numbers its requests under its own prefix.
local words = { "funders", "trust", "conflict", "commissioners", "psychological safety", "New Public Management",
  "leadership", "community", "NHS", "targets", "power", "race", "lived experience", "neighbourhoods", "boards" }
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  counter = 0
  prefix = tostring(tid) .. "-" .. tostring(os.time())
end

request = function()
  counter = counter + 1
  local q = words[(counter % #words) + 1]
  return wrk.format("GET", "/api/search?size=10&page=0&q=" .. q:gsub(" ", "+") .. "&n=" .. prefix .. "-" .. counter)
end
