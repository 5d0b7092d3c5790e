"""python-for-android starts main.py in the project root: the Guardline app."""

from device_app.app import main

if __name__ == "__main__":
    main()
