-- A different search on every request (a counter makes each URL new), so no cache can answer it.
local words = { "funders", "trust", "conflict", "commissioners", "psychological safety", "New Public Management",
  "leadership", "community", "NHS", "targets", "power", "race", "lived experience", "neighbourhoods", "boards" }
local counter = 0
request = function()
  counter = counter + 1
  local q = words[(counter % #words) + 1]
  return wrk.format("GET", "/api/search?size=10&page=0&q=" .. q:gsub(" ", "+") .. "&n=" .. counter)
end
