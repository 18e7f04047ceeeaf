ev-video-too-long = Video itu lebih dari { $minutes } menit; portal hanya menerima video paling lama { $minutes } menit. Potong videonya, atau kirim { $kinds }.
