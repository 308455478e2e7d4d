width = 3
label = (width +
         " wide")
