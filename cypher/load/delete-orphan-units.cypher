// A unit that no document names any more disappears with the last version that named it.
UNWIND $names AS name
MATCH (u:Unit {name: name})
WHERE NOT (u)--()
DELETE u
