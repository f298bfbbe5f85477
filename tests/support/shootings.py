"""Two shootings in one city and a rewrite of the first: the rewrite layer's hard negative
(used by the rewrite and learned-similarity tests)."""

SHOOTING_A = (
    "Two men wounded in Elm Street shooting in Dayton",
    "Two men were shot Saturday night on Elm Street in Dayton, police said. Marcus Bell, 24, "
    "and Darnell Hayes, 31, were taken to Miami Valley Hospital. Police have not named a "
    "suspect. Officers found shell casings near the corner of Elm Street and Fifth Avenue.",
)
SHOOTING_A_REWRITE = (
    "Police: Pair shot on Dayton's Elm Street",
    "Dayton police are investigating after Marcus Bell and Darnell Hayes were wounded by "
    "gunfire on Elm Street late Saturday. Both men were taken to Miami Valley Hospital with "
    "injuries that were not life-threatening. Shell casings were found near Fifth Avenue.",
)
SHOOTING_B = (
    "Woman killed in Riverside Drive shooting in Dayton",
    "A woman was shot and killed Sunday on Riverside Drive in Dayton, police said. Keisha "
    "Moore, 45, died at the scene. Detectives said Jerome Tate, her neighbour, was arrested "
    "at a house on Salem Avenue and charged with murder.",
)
