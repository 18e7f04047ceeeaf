ev-video-too-long = That video is longer than { $minutes } minutes; the portal only takes videos of at most { $minutes } minutes. Trim it, or send { $kinds }.
